package be.nestwerk.platform.demo;

/**
 * One module's share of the demo data. Steps run in their {@code @Order}, once every bean exists and before the web
 * server takes its first request; each step is idempotent and safe when two instances start together.
 */
public interface DemoDataStep {

    void load();
}
