package be.nestwerk.platform.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Runs the modules' demo data steps in order (demo profile only). */
@Component
@Profile("demo")
class DemoDataLoader implements SmartInitializingSingleton {

    private final ObjectProvider<DemoDataStep> steps;

    DemoDataLoader(ObjectProvider<DemoDataStep> steps) {
        this.steps = steps;
    }

    @Override
    public void afterSingletonsInstantiated() {
        steps.orderedStream().forEach(DemoDataStep::load);
    }
}
