package be.nestwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final Path DIAGRAMS = Path.of("docs", "modules");

    final ApplicationModules modules = ApplicationModules.of(NestwerkApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndAllowedDependencies() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramsToDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        assertThat(DIAGRAMS.resolve("components.puml")).isNotEmptyFile();
    }
}
