package dev.interlinear.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsLoaderTest {

    /** The defaults documented in README.md, written out so that a changed default fails a test. */
    private static final Settings DEFAULTS = new Settings(
            Path.of("config/articles"),
            Path.of("data"),
            Path.of("/usr/share/dictd"),
            Path.of("/usr/share/hunspell"),
            "en",
            List.of("en", "de", "pt", "es", "fr"),
            true,
            new AnswerSettings(0.35, 4),
            new WebSettings(8080, Optional.empty(), 30, 10, false),
            DiscordSettings.DEFAULTS);

    @TempDir
    Path dir;

    // The real environment must never leak into these tests: each test passes its own map.
    private final Map<String, String> env = new HashMap<>();

    private Settings load(Path file) {
        return new SettingsLoader(env::get).load(file);
    }

    private Path yaml(String text) throws IOException {
        return Files.writeString(dir.resolve("interlinear.yaml"), text, StandardCharsets.UTF_8);
    }

    @Test
    void givenNoFile_whenLoaded_thenDefaults() {
        Settings s = load(dir.resolve("missing.yaml"));

        assertThat(s).isEqualTo(DEFAULTS);
        assertThat(s.web().baseUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void givenTheCheckedInFile_whenLoaded_thenItEqualsTheDefaults() {
        // The shipped file documents the defaults; it must not silently diverge from the code.
        assertThat(load(Path.of("config/interlinear.yaml"))).isEqualTo(DEFAULTS);
    }

    @Test
    void givenAnEmptyFile_whenLoaded_thenDefaults() throws IOException {
        assertThat(load(yaml("# only comments\n"))).isEqualTo(DEFAULTS);
    }

    @Test
    void givenASectionWhoseKeysAreAllCommentedOut_whenLoaded_thenDefaults() throws IOException {
        // "Every key is optional": commenting out every key of a section leaves "web:" with a null value.
        Settings s = load(yaml("web:\n  # port: 9000\nanswer:\n"));

        assertThat(s).isEqualTo(DEFAULTS);
    }

    @Test
    void givenEveryKeyInTheFile_whenLoaded_thenEachIsRead() throws IOException {
        Settings s = load(yaml("""
                corpus: /srv/articles
                data-dir: /var/lib/interlinear
                dictionaries: /opt/dictd
                spelling: /opt/hunspell
                default-language: pt
                languages: [pt, de]
                answer:
                  min-confidence: 0.55
                  alternatives: 2
                web:
                  port: 9090
                  public-url: https://interlinear.example.org/
                  ask-per-minute: 12
                  ask-burst: 3
                  trust-proxy: true
                """));

        assertThat(s)
                .isEqualTo(new Settings(
                        Path.of("/srv/articles"),
                        Path.of("/var/lib/interlinear"),
                        Path.of("/opt/dictd"),
                        Path.of("/opt/hunspell"),
                        "pt",
                        List.of("pt", "de"),
                        true,
                        new AnswerSettings(0.55, 2),
                        new WebSettings(9090, Optional.of("https://interlinear.example.org"), 12, 3, true),
                        DiscordSettings.DEFAULTS));
        assertThat(s.web().baseUrl()).isEqualTo("https://interlinear.example.org");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            INTERLINEAR_CORPUS           | /srv/other
            INTERLINEAR_DATA_DIR         | /tmp/idx
            INTERLINEAR_DICTIONARIES     | /tmp/dictd
            INTERLINEAR_SPELLING         | /tmp/hunspell
            INTERLINEAR_DEFAULT_LANGUAGE | de
            INTERLINEAR_LANGUAGES        | en,de
            INTERLINEAR_MIN_CONFIDENCE   | 0.7
            INTERLINEAR_ALTERNATIVES     | 7
            INTERLINEAR_PORT             | 9000
            INTERLINEAR_PUBLIC_URL       | https://bot.example.org
            INTERLINEAR_WATCH_ARTICLES   | false
            INTERLINEAR_ASK_PER_MINUTE   | 0
            INTERLINEAR_ASK_BURST        | 25
            INTERLINEAR_TRUST_PROXY      | true
            """)
    void givenAnEnvironmentVariable_whenLoaded_thenItOverridesItsKeyInTheFile(String variable, String value)
            throws IOException {
        Path file = yaml("""
                corpus: /srv/articles
                data-dir: /var/lib/interlinear
                default-language: en
                languages: [en, de, pt]
                answer:
                  min-confidence: 0.5
                  alternatives: 3
                web:
                  port: 8081
                  public-url: https://file.example.org
                  ask-per-minute: 60
                  ask-burst: 5
                  trust-proxy: false
                """);
        Settings fromFile = load(file);
        env.put(variable, value);

        Settings s = load(file);

        Object expected = switch (variable) {
            case "INTERLINEAR_CORPUS" -> Path.of(value);
            case "INTERLINEAR_DATA_DIR" -> Path.of(value);
            case "INTERLINEAR_DICTIONARIES" -> Path.of(value);
            case "INTERLINEAR_SPELLING" -> Path.of(value);
            case "INTERLINEAR_LANGUAGES" -> List.of("en", "de");
            case "INTERLINEAR_MIN_CONFIDENCE" -> 0.7;
            case "INTERLINEAR_ALTERNATIVES" -> 7;
            case "INTERLINEAR_PORT" -> 9000;
            case "INTERLINEAR_PUBLIC_URL" -> "https://bot.example.org";
            case "INTERLINEAR_WATCH_ARTICLES" -> false;
            case "INTERLINEAR_ASK_PER_MINUTE" -> 0;
            case "INTERLINEAR_ASK_BURST" -> 25;
            case "INTERLINEAR_TRUST_PROXY" -> true;
            default -> value;
        };
        Object actual = valueOf(s, variable);
        assertThat(actual).isEqualTo(expected).isNotEqualTo(valueOf(fromFile, variable));
    }

    private static Object valueOf(Settings s, String variable) {
        return switch (variable) {
            case "INTERLINEAR_CORPUS" -> s.corpus();
            case "INTERLINEAR_DATA_DIR" -> s.dataDir();
            case "INTERLINEAR_DICTIONARIES" -> s.dictionaries();
            case "INTERLINEAR_SPELLING" -> s.spelling();
            case "INTERLINEAR_WATCH_ARTICLES" -> s.watchArticles();
            case "INTERLINEAR_DEFAULT_LANGUAGE" -> s.defaultLanguage();
            case "INTERLINEAR_LANGUAGES" -> s.languages();
            case "INTERLINEAR_MIN_CONFIDENCE" -> s.answer().minConfidence();
            case "INTERLINEAR_ALTERNATIVES" -> s.answer().alternatives();
            case "INTERLINEAR_PORT" -> s.web().port();
            case "INTERLINEAR_PUBLIC_URL" -> s.web().baseUrl();
            case "INTERLINEAR_ASK_PER_MINUTE" -> s.web().askPerMinute();
            case "INTERLINEAR_ASK_BURST" -> s.web().askBurst();
            case "INTERLINEAR_TRUST_PROXY" -> s.web().trustProxy();
            default -> throw new IllegalArgumentException(variable);
        };
    }

    @Test
    void givenAPortInTheEnvironmentAndNoPublicUrl_whenLoaded_thenTheBaseUrlUsesThatPort() {
        env.put("INTERLINEAR_PORT", "9999");

        assertThat(load(dir.resolve("missing.yaml")).web().baseUrl()).isEqualTo("http://localhost:9999");
    }

    @Test
    void givenABlankEnvironmentVariable_whenLoaded_thenTheFileValueStays() throws IOException {
        env.put("INTERLINEAR_PORT", "  ");

        assertThat(load(yaml("web:\n  port: 8081\n")).web().port()).isEqualTo(8081);
    }

    @Test
    void givenLanguagesAsACommaSeparatedEnvironmentValue_whenLoaded_thenSplitTrimmedAndDeduplicated() {
        env.put("INTERLINEAR_LANGUAGES", " pt , en,,de,pt ");

        assertThat(load(dir.resolve("missing.yaml")).languages()).containsExactly("pt", "en", "de");
    }

    @Test
    void givenLanguagesAsAYamlList_whenLoaded_thenRegionsReducedToTheirBase() throws IOException {
        Settings s = load(yaml("languages:\n  - pt-BR\n  - en\n  - de_AT\n"));

        assertThat(s.languages()).containsExactly("pt", "en", "de");
    }

    @Test
    void givenAnUnknownKey_whenLoaded_thenFailsNamingTheKey() throws IOException {
        Path file = yaml("corpus: x\ndata_dir: y\n");

        assertThatThrownBy(() -> load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'data_dir'")
                .hasMessageNotContaining("\n");
    }

    @Test
    void givenAnUnknownNestedKey_whenLoaded_thenFailsNamingTheFullKey() throws IOException {
        Path file = yaml("web:\n  port: 8080\n  colour: blue\n");

        assertThatThrownBy(() -> load(file)).isInstanceOf(ConfigException.class).hasMessageContaining("'web.colour'");
    }

    @Test
    void givenASectionWithAPlainValue_whenLoaded_thenFailsNamingTheSection() throws IOException {
        Path file = yaml("web: 8080\n");

        assertThatThrownBy(() -> load(file)).isInstanceOf(ConfigException.class).hasMessageContaining("'web'");
    }

    @Test
    void givenAPortThatIsNoNumber_whenLoaded_thenFailsNamingTheKey() throws IOException {
        Path file = yaml("web:\n  port: abc\n");

        assertThatThrownBy(() -> load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("web.port")
                .hasMessageContaining("abc");
    }

    @Test
    void givenAMinConfidenceAboveOne_whenLoaded_thenFailsNamingTheKey() throws IOException {
        Path file = yaml("answer:\n  min-confidence: 2\n");

        assertThatThrownBy(() -> load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("answer.min-confidence");
    }

    @Test
    void givenAWrongTypeInTheEnvironment_whenLoaded_thenFailsNamingTheKey() {
        env.put("INTERLINEAR_ALTERNATIVES", "many");

        assertThatThrownBy(() -> load(dir.resolve("missing.yaml")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("answer.alternatives");
    }

    @Test
    void givenAListWhereOneValueIsExpected_whenLoaded_thenFailsNamingTheKey() throws IOException {
        Path file = yaml("corpus:\n  path: /srv\n");

        assertThatThrownBy(() -> load(file)).isInstanceOf(ConfigException.class).hasMessageContaining("'corpus'");
    }

    @Test
    void givenInvalidYaml_whenLoaded_thenFailsWithOneLineNamingTheFile() throws IOException {
        Path file = yaml("corpus: [unclosed\nweb:\n  port: 1\n");

        assertThatThrownBy(() -> load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not valid YAML")
                .hasMessageNotContaining("\n");
    }

    @Test
    void givenBadIndentation_whenLoaded_thenFailsWithOneLine() throws IOException {
        Path file = yaml("web:\n  port: 1\n public-url: x\n");

        assertThatThrownBy(() -> load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid YAML")
                .hasMessageNotContaining("\n");
    }

    @Test
    void givenATopLevelList_whenLoaded_thenFailsSayingKeyValuePairsAreExpected() throws IOException {
        Path file = yaml("- corpus\n- data\n");

        assertThatThrownBy(() -> load(file)).isInstanceOf(ConfigException.class).hasMessageContaining("key: value");
    }

    @Test
    void givenADefaultLanguageNotAmongTheLanguages_whenLoaded_thenFailsNamingBoth() throws IOException {
        Path file = yaml("default-language: fr\nlanguages: [de, pt]\n");

        assertThatThrownBy(() -> load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("default-language")
                .hasMessageContaining("'fr'");
    }

    @Test
    void givenEnvironmentLanguagesWithoutTheDefault_whenLoaded_thenFails() {
        // The default "en" is not among the languages from the environment.
        env.put("INTERLINEAR_LANGUAGES", "de,pt");

        assertThatThrownBy(() -> load(dir.resolve("missing.yaml")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("default-language");
    }

    @Test
    void givenSomethingThatIsNoLanguageTag_whenLoaded_thenFailsNamingIt() throws IOException {
        Path file = yaml("languages: [en, '123']\n");

        assertThatThrownBy(() -> load(file)).isInstanceOf(ConfigException.class).hasMessageContaining("'123'");
    }

    @Test
    void givenAPublicUrlWithoutScheme_whenLoaded_thenFailsNamingTheKey() throws IOException {
        Path file = yaml("web:\n  public-url: example.org\n");

        assertThatThrownBy(() -> load(file)).isInstanceOf(ConfigException.class).hasMessageContaining("web.public-url");
    }

    @Test
    void givenAPortOutOfRange_whenLoaded_thenFailsNamingTheKey() {
        env.put("INTERLINEAR_PORT", "70000");

        assertThatThrownBy(() -> load(dir.resolve("missing.yaml")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("web.port");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            INTERLINEAR_ASK_PER_MINUTE | -1      | web.ask-per-minute
            INTERLINEAR_ASK_PER_MINUTE | 9000000 | web.ask-per-minute
            INTERLINEAR_ASK_PER_MINUTE | lots    | web.ask-per-minute
            INTERLINEAR_ASK_BURST      | 0       | web.ask-burst
            INTERLINEAR_TRUST_PROXY    | maybe   | web.trust-proxy
            """)
    void givenAnImpossibleRateLimitSetting_whenLoaded_thenFailsNamingTheKey(String variable, String value, String key) {
        env.put(variable, value);

        assertThatThrownBy(() -> load(dir.resolve("missing.yaml")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(key);
    }

    @Test
    void givenTheRateLimitTurnedOffInTheFile_whenLoaded_thenZeroAndTheBurstStaysItsDefault() throws IOException {
        WebSettings web = load(yaml("web:\n  ask-per-minute: 0\n")).web();

        assertThat(web.askPerMinute()).isZero();
        assertThat(web.askBurst()).isEqualTo(10);
        assertThat(web.trustProxy()).isFalse();
    }
}
