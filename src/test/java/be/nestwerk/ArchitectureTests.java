package be.nestwerk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.springframework.data.repository.Repository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** What Spring Modulith does not check: the rules inside a module (see ARCHITECTURE.md, "Rules"). */
@AnalyzeClasses(packages = "be.nestwerk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** A controller is reached over HTTP, never called by other code. */
    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .notBePublic();

    /** Other modules see a module's data through its facade and views, never its entities or repositories. */
    @ArchTest
    static final ArchRule entitiesAndRepositoriesAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .or()
            .areAssignableTo(Repository.class)
            .should()
            .notBePublic();

    /** JPA stays in the entities and repositories; services and controllers work with them, not with JPA. */
    @ArchTest
    static final ArchRule persistenceStaysInEntitiesAndRepositories = noClasses()
            .that()
            .areNotAnnotatedWith(Entity.class)
            .and()
            .areNotAnnotatedWith(Embeddable.class)
            .and()
            .areNotAnnotatedWith(MappedSuperclass.class)
            .and()
            .areNotAnnotatedWith(Converter.class)
            .and()
            .areNotAssignableTo(Repository.class)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.persistence..");

    /** There is one way to know who is signed in: CurrentUser (session or API token alike). */
    @ArchTest
    static final ArchRule onlyTheSecurityPackageReadsTheSecurityContext = noClasses()
            .that()
            .resideOutsideOfPackage("be.nestwerk.platform.security..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(SecurityContextHolder.class);
}
