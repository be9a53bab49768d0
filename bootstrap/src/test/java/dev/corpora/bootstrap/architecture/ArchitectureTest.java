package dev.corpora.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.corpora.client.ApiClient;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Guards the layering of the design (DESIGN.md) that the poms cannot: the core allows the JDK and itself only,
 * the adapters do not see each other (messaging keeps to an allow-list of its own), generated types stay at the
 * edge, the REST adapter reaches storage only through use cases, and no package is part of a cycle. The rules
 * live in {@link ArchitectureRules}; {@link ArchitectureRulesBiteTest} proves each of them fails on a planted
 * violation.
 *
 * <p>Only production classes of {@code dev.corpora} are analysed: the system tests and the planted classes live
 * in test-classes, the persistence fixtures come in a test-jar, the generated client the system tests call
 * ({@code dev.corpora.client}, module clients/java) comes as a jar of its own, and all are left out. Every rule
 * fails when its subject matches no class, and {@link #ruleVocabularyNamesRealCode} fails
 * when a package or type a rule names no longer exists, so a renamed package cannot turn a rule into one that
 * tests nothing.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT,
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class,
                ArchitectureTest.DoNotIncludeTheGeneratedClient.class})
class ArchitectureTest {
    static final String ROOT = "dev.corpora";
    private static final String GENERATED_CLIENT = "dev.corpora.client..";
    private static final ArchitectureRules RULES = new ArchitectureRules(ROOT);

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdkAndItself = RULES.domainDependsOnlyOnTheJdkAndItself();

    @ArchTest
    static final ArchRule applicationDependsOnlyOnTheJdkTheDomainAndItself =
            RULES.applicationDependsOnlyOnTheJdkTheDomainAndItself();

    @ArchTest
    static final ArchRule restDoesNotSeePersistence = RULES.restDoesNotSeePersistence();

    @ArchTest
    static final ArchRule restReachesStorageOnlyThroughUseCases = RULES.restReachesStorageOnlyThroughUseCases();

    @ArchTest
    static final ArchRule persistenceUsesNoHttp = RULES.persistenceUsesNoHttp();

    @ArchTest
    static final ArchRule persistenceDoesNotSeeRest = RULES.persistenceDoesNotSeeRest();

    @ArchTest
    static final ArchRule messagingDependsOnlyOnTheCoreTheBrokerClientAndMicronautOutsideHttp =
            RULES.messagingDependsOnlyOnTheCoreTheBrokerClientAndMicronautOutsideHttp();

    @ArchTest
    static final ArchRule restAndPersistenceDoNotSeeMessaging = RULES.restAndPersistenceDoNotSeeMessaging();

    @ArchTest
    static final ArchRule generatedTypesAreUsedOnlyByTheRestAdapter = RULES.generatedTypesAreUsedOnlyByTheRestAdapter();

    @ArchTest
    static final ArchRule nothingDependsOnBootstrap = RULES.nothingDependsOnBootstrap();

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = RULES.noCyclesBetweenPackages();

    /**
     * The rules above fail when their subject is empty, but a misspelt package they forbid or allow would
     * silently match nothing. This checks that every package and type the rules name exists, and that the
     * import holds production code only. (The {@code *Repository} name pattern is not checked: no Micronaut
     * Data repository exists yet, and the pattern guards the ones DESIGN.md point 15 foresees.)
     */
    @ArchTest
    static void ruleVocabularyNamesRealCode(JavaClasses imported) {
        List<String> problems = new ArrayList<>();
        for (String layer : RULES.layers()) {
            if (imported.that(resideInAPackage(layer)).isEmpty()) {
                problems.add("no production class resides in " + layer);
            }
        }
        if (!imported.that(resideInAPackage(GENERATED_CLIENT)).isEmpty()) {
            problems.add("the generated client " + GENERATED_CLIENT + " was imported with production code");
        }
        List<String> testCode = imported.stream()
                .filter(javaClass -> javaClass.getSource().map(source -> isTestCode(source.getUri().toString()))
                        .orElse(false))
                .map(JavaClass::getName).sorted().toList();
        if (!testCode.isEmpty()) {
            problems.add("test code was imported with production code: " + testCode);
        }
        for (Class<?> port : ArchitectureRules.STORAGE_PORTS) {
            if (!imported.contain(port)) {
                problems.add("the port " + port.getName() + " is not among the imported classes");
            }
        }
        if (imported.that(resideInAPackage(RULES.persistence).and(simpleNameStartingWith("Jdbc"))).isEmpty()) {
            problems.add("no Jdbc* class in " + RULES.persistence + ": the REST rule's name pattern is stale");
        }
        List<String> outsidePackages = new ArrayList<>(ArchitectureRules.JDK);
        outsidePackages.addAll(List.of(ArchitectureRules.JDBC, ArchitectureRules.HTTP, ArchitectureRules.RABBIT,
                ArchitectureRules.MICRONAUT));
        outsidePackages.addAll(ArchitectureRules.BEAN_SUPPORT);
        for (String named : outsidePackages) {
            String pkg = named.substring(0, named.length() - "..".length());
            if (Locations.ofPackage(pkg).isEmpty()) {
                problems.add("the package " + pkg + " a rule names is not on the class path: misspelt?");
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

    /**
     * Leaves out the classes of the one place the generated client is loaded from: the corpora-client jar (or
     * clients/java/target/classes when Maven resolves the module without packaging it). Only that location, not
     * the package: a class of {@code dev.corpora.client} in production code is still imported, and fails
     * {@link #ruleVocabularyNamesRealCode}.
     */
    static final class DoNotIncludeTheGeneratedClient implements ImportOption {
        private final String root = codeSourceOf(ApiClient.class);

        @Override
        public boolean includes(Location location) {
            String uri = location.asURI().toString();
            return !uri.startsWith(root) && !uri.startsWith("jar:" + root + "!/");
        }

        private static String codeSourceOf(Class<?> type) {
            try {
                return type.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
