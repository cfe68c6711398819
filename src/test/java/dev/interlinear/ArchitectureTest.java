package dev.interlinear;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The layering of DESIGN.md: the core knows nothing of Discord, HTTP, serving or the front ends; {@code serving}
 * (the served edition, its live updates, health) sits on the core and under the front ends; wiring lives in
 * {@code app}, and only the command line (and the benchmark) uses it.
 */
@AnalyzeClasses(packages = "dev.interlinear", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {
        "dev.interlinear.corpus..",
        "dev.interlinear.language..",
        "dev.interlinear.quantity..",
        "dev.interlinear.segment..",
        "dev.interlinear.align..",
        "dev.interlinear.facts..",
        "dev.interlinear.lexicon..",
        "dev.interlinear.index..",
        "dev.interlinear.answer..",
        "dev.interlinear.eval..",
        "dev.interlinear.config..",
    };

    @ArchTest
    static final ArchRule coreDoesNotDependOnDiscordOrHttp = noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("net.dv8tion.jda..", "com.sun.net.httpserver..", "java.net.http..")
            .because("the core must run without Discord or a web server (DESIGN.md, Data flow)");

    @ArchTest
    static final ArchRule coreDoesNotDependOnFrontEndsOrWiring = noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.interlinear.cli..",
                    "dev.interlinear.app..",
                    "dev.interlinear.discord..",
                    "dev.interlinear.web..",
                    "dev.interlinear.serving..")
            .because("front ends are thin and call the core, never the other way round");

    @ArchTest
    static final ArchRule servingKnowsNoFrontEndOrWiring = noClasses()
            .that()
            .resideInAPackage("dev.interlinear.serving..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.interlinear.cli..",
                    "dev.interlinear.app..",
                    "dev.interlinear.discord..",
                    "dev.interlinear.web..",
                    "net.dv8tion.jda..",
                    "com.sun.net.httpserver..",
                    "java.net.http..")
            .because("serving keeps the edition live for every front end; the application wires it");

    @ArchTest
    static final ArchRule coreDoesNotPrint = noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the core tells its callers through results and callbacks; front ends decide what is printed");

    @ArchTest
    static final ArchRule nothingDependsOnTheCli = noClasses()
            .that()
            .resideOutsideOfPackage("dev.interlinear.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.interlinear.cli..")
            .because("the command line is an outermost front end");

    @ArchTest
    static final ArchRule onlyFrontEndsUseTheWiring = noClasses()
            .that()
            .resideOutsideOfPackages("dev.interlinear.app..", "dev.interlinear.cli..", "dev.interlinear.bench..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.interlinear.app..")
            .because("the parts are put together in one place (App) and used by the front ends and the benchmark");
}
