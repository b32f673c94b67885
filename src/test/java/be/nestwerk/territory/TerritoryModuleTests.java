package be.nestwerk.territory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkApplication;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.web.bind.annotation.RestController;

class TerritoryModuleTests {

    private static final JavaClasses TERRITORY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.nestwerk.territory");

    @Test
    void isAModuleThatDependsOnNothingButThePlatform() {
        ApplicationModules modules = ApplicationModules.of(NestwerkApplication.class);
        modules.verify();
        assertThat(modules.getModuleByName("territory"))
                .hasValueSatisfying(m -> assertThat(m.getDisplayName()).isEqualTo("Territory"));
    }

    @Test
    void keepsEntitiesRepositoriesAndControllersInside() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .or()
                .areAssignableTo(Repository.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .check(TERRITORY);
    }
}
