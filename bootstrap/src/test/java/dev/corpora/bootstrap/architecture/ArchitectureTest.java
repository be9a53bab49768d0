package dev.corpora.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.corpora.domain.access.ApiClients;
import dev.corpora.domain.dataset.Datasets;
import java.util.ArrayList;
import java.util.List;

/**
 * Guards the layering of the design (DESIGN.md) that the poms cannot: framework types in the core, adapters
 * that see each other, generated types leaking, controllers skipping the use cases, package cycles.
 *
 * <p>Only production classes of {@code dev.corpora} are analysed: the system tests and the client generated
 * for them live in test-classes, the persistence fixtures come in a test-jar, and both are left out. Every
 * rule fails when its subject matches no class, and {@link #ruleVocabularyNamesRealCode} fails when a package
 * or type a rule forbids no longer exists, so a renamed package cannot turn a rule into one that tests nothing.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT,
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {
    static final String ROOT = "dev.corpora";
    private static final String DOMAIN = "dev.corpora.domain..";
    private static final String APPLICATION = "dev.corpora.application..";
    private static final String REST = "dev.corpora.rest..";
    private static final String PERSISTENCE = "dev.corpora.persistence..";
    private static final String BOOTSTRAP = "dev.corpora.bootstrap..";
    private static final String GENERATED_API = "dev.corpora.api..";
    private static final String GENERATED_TEST_CLIENT = "dev.corpora.client..";

    private static final String[] FRAMEWORK_AND_JDBC = {"io.micronaut..", "jakarta..", "java.sql..", "javax.sql.."};

    @ArchTest
    static final ArchRule domainUsesNoFrameworkJdbcOrGeneratedTypes = frameworkFree(DOMAIN);

    @ArchTest
    static final ArchRule applicationUsesNoFrameworkJdbcOrGeneratedTypes = frameworkFree(APPLICATION);

    @ArchTest
    static final ArchRule domainDependsOnNoOuterLayer = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, REST, PERSISTENCE, BOOTSTRAP)
            .because("dependencies point inward only and the domain is the innermost layer")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule applicationDependsOnNoAdapterOrBootstrap = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(REST, PERSISTENCE, BOOTSTRAP)
            .because("use cases speak in domain terms and reach the outside only through ports")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule restDoesNotSeePersistence = noClasses()
            .that().resideInAPackage(REST)
            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
            .because("the two adapters never see each other: the REST adapter reaches data through use cases")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule persistenceDoesNotSeeRest = noClasses()
            .that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage(REST)
            .because("the two adapters never see each other: persistence knows no HTTP")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule generatedTypesAreUsedOnlyByTheRestAdapter = classes()
            .that().resideInAPackage(GENERATED_API)
            .should().onlyHaveDependentClassesThat().resideInAnyPackage(REST, GENERATED_API)
            .because("generated interfaces and models are the HTTP contract; mappers in the REST adapter "
                    + "translate them to commands of domain types")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule controllersCallUseCasesNotStorage = noClasses()
            .that().resideInAPackage(REST).and().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat(resideInAPackage(PERSISTENCE)
                    .or(simpleNameEndingWith("Repository"))
                    .or(simpleNameStartingWith("Jdbc"))
                    .or(belongToAnyOf(Datasets.class, ApiClients.class)))
            .because("controllers map, call a use case and map back; storage is reached only by use cases "
                    + "through the domain ports")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices()
            .matching(ROOT + ".(*)..")
            .that(describe("are not the generated api", slice -> !"api".equals(slice.getNamePart(1))))
            .should().beFreeOfCycles()
            .because("dependencies point inward only, so the layers form no cycle")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule nothingDependsOnBootstrap = classes()
            .that().resideInAPackage(BOOTSTRAP)
            .should().onlyHaveDependentClassesThat().resideInAPackage(BOOTSTRAP)
            .because("bootstrap wires everything together and nothing depends on it")
            .allowEmptyShould(false);

    /** One rule per layer, so that each fails on its own when its package matches nothing. */
    private static ArchRule frameworkFree(String corePackage) {
        return noClasses()
                .that().resideInAPackage(corePackage)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_AND_JDBC)
                .orShould().dependOnClassesThat().resideInAPackage(GENERATED_API)
                .because("the core has no framework: use cases get collaborators through the constructor, "
                        + "transactions go through the Transactions port, and generated DTOs stay at the edge")
                .allowEmptyShould(false);
    }

    /**
     * The rules above fail when their subject is empty, but a misspelt package they forbid would silently
     * match nothing. This checks that every package and type the rules name exists, and that the import
     * holds production code only.
     */
    @ArchTest
    static void ruleVocabularyNamesRealCode(JavaClasses imported) {
        List<String> problems = new ArrayList<>();
        for (String layer : List.of(DOMAIN, APPLICATION, REST, PERSISTENCE, BOOTSTRAP, GENERATED_API)) {
            if (imported.that(resideInAPackage(layer)).isEmpty()) {
                problems.add("no production class resides in " + layer);
            }
        }
        if (!imported.that(resideInAPackage(GENERATED_TEST_CLIENT)).isEmpty()) {
            problems.add("the generated test client " + GENERATED_TEST_CLIENT + " was imported with production code");
        }
        List<String> testCode = imported.stream()
                .filter(javaClass -> javaClass.getSource().map(source -> isTestCode(source.getUri().toString()))
                        .orElse(false))
                .map(JavaClass::getName).sorted().toList();
        if (!testCode.isEmpty()) {
            problems.add("test code was imported with production code: " + testCode);
        }
        for (Class<?> port : List.of(Datasets.class, ApiClients.class)) {
            if (!imported.contain(port)) {
                problems.add("the port " + port.getName() + " is not among the imported classes");
            }
        }
        if (imported.that(resideInAPackage(PERSISTENCE).and(simpleNameStartingWith("Jdbc"))).isEmpty()) {
            problems.add("no Jdbc* class in " + PERSISTENCE + ": the controller rule's name pattern is stale");
        }
        if (imported.that(resideInAPackage(REST).and(simpleNameEndingWith("Controller"))).isEmpty()) {
            problems.add("no *Controller class in " + REST);
        }
        for (String forbidden : FRAMEWORK_AND_JDBC) {
            String pkg = forbidden.substring(0, forbidden.length() - "..".length());
            if (Locations.ofPackage(pkg).isEmpty()) {
                problems.add("the forbidden package " + pkg + " is not on the class path: misspelt?");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("The architecture rules would not check what they claim to:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    private static boolean isTestCode(String location) {
        return location.contains("/test-classes/") || location.contains("-tests.jar!");
    }

    /** Leaves out test-jars (Maven's {@code tests} classifier), which {@code DoNotIncludeTests} lets in. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar!");
        }
    }
}
