package dev.interlinear.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictdDictionaryTest {

    @TempDir
    Path dir;

    @Test
    void givenAnEntryWithLabelsExamplesAndCrossReferences_whenRead_thenOnlyItsTranslations() {
        String entry = """
                sign /sˈaɪn/ <v>
                unterzeichnen, unterschreiben, signieren <v, trans> [Ös.]
                      "sign one's name"  - unterschreiben
                   Synonyms: {signum}
                 see: {signing}, {signed}
                """;

        assertThat(DictdDictionary.translations(entry)).containsExactly("unterzeichnen", "unterschreiben", "signieren");
    }

    @Test
    void givenNumberedSensesAndDefinitionLines_whenRead_thenTheNumberedSensesOnly() {
        // FreeDict's French-Portuguese: a definition in French follows each numbered sense.
        String entry = """
                signer /si.ɲe/ <v>
                1. assinar, subscrever
                (Droit) Avaliser, endosser un acte
                2. firmar contrato
                Revêtir de sa signature
                """;

        assertThat(DictdDictionary.translations(entry)).containsExactly("assinar", "subscrever", "firmar contrato");
    }

    @Test
    void givenALabelBeforeTheTranslation_whenRead_thenTheLabelIsDropped() {
        String entry = "sign /sˈaɪn/\n [Am.] Hinweisschild <neut>, Schild <neut>\n";

        assertThat(DictdDictionary.translations(entry)).containsExactly("Hinweisschild", "Schild");
    }

    @Test
    void givenADictionary_whenReadWithAHeadwordFilter_thenEveryTakenEntryInIndexOrderAndNoDescription()
            throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("deal", "Abmachung <fem>, Handel <masc>");
        entries.put("sign", "unterzeichnen");
        entries.put("sign up", "sich anmelden");
        DictdFiles.write(dir, "eng", "deu", entries);
        List<String> read = new ArrayList<>();

        new DictdDictionary(dir.resolve("freedict-eng-deu.index"))
                .read(h -> !h.contains(" "), e -> read.add(e.headword() + "=" + e.translations()));

        assertThat(read).containsExactly("deal=[Abmachung, Handel]", "sign=[unterzeichnen]");
    }

    @Test
    void givenAnIndexPointingPastTheData_whenRead_thenTheEntriesBeforeAreReadAndNothingFails() throws IOException {
        DictdFiles.write(dir, "eng", "deu", Map.of("deal", "Handel"));
        Files.writeString(
                dir.resolve("freedict-eng-deu.index"),
                Files.readString(dir.resolve("freedict-eng-deu.index")) + "zebra\tBAAAA\tBA\n");
        List<String> read = new ArrayList<>();

        new DictdDictionary(dir.resolve("freedict-eng-deu.index")).read(h -> true, e -> read.add(e.headword()));

        assertThat(read).containsExactly("deal");
    }

    @Test
    void givenDictdNumbers_whenDecoded_thenBase64MostSignificantFirst() {
        assertThat(DictdDictionary.decode("A")).isZero();
        assertThat(DictdDictionary.decode("BA")).isEqualTo(64);
        assertThat(DictdDictionary.decode(DictdFiles.base64(123_456_789))).isEqualTo(123_456_789);
        assertThat(DictdDictionary.decode("not base 64!")).isEqualTo(-1);
    }
}
