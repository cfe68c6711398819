package dev.interlinear.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.SampleCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentencePassageTest {

    @Test
    void givenAnArticleWithSections_whenSearched_thenEachHitSaysWhichTermsTheSentenceBeforeItAndItsHeadingHold(
            @TempDir Path tmp) throws Exception {
        // GIVEN an HTML article with two sections, and a second translation
        Path article = Files.createDirectories(tmp.resolve("articles/net"));
        Files.writeString(article.resolve("en.html"), """
                <html><body><h1>Network setup</h1>
                <p>This chapter describes the network. It has two parts.</p>
                <h2>Interfaces</h2>
                <p>Every interface has a name. The loopback device is called lo.</p>
                <h2>Routing</h2>
                <p>Packets travel along routes. The default one goes to the gateway.</p>
                </body></html>
                """);
        Files.writeString(article.resolve("de.html"), """
                <html><body><h1>Netzwerkkonfiguration</h1>
                <p>Dieses Kapitel beschreibt das Netzwerk.</p>
                </body></html>
                """);

        try (SentenceIndex index =
                SampleCorpus.open(tmp.resolve("articles"), tmp.resolve("data")).index()) {
            // WHEN every English sentence is a hit, asked about the stems of some words
            List<String> stems = List.of("rout", "gatewai", "interfac", "name", "network", "chapter", "netzwerk");
            Map<String, ScoredSentence> hits =
                    index.search(new TermQuery(new Term(Fields.ARTICLE, "net")), 100, Fields.body("en"), stems).stream()
                            .collect(Collectors.toMap(h -> h.sentence().text(), Function.identity()));

            // THEN each says which of them the sentence before it and the heading it is under hold
            assertThat(hits.get("The default one goes to the gateway.").terms()).containsExactly("gatewai");
            assertThat(hits.get("The default one goes to the gateway.").passageTerms())
                    .containsExactly("rout");
            assertThat(hits.get("The loopback device is called lo.").passageTerms())
                    .containsExactlyInAnyOrder("interfac", "name");
            assertThat(hits.get("Every interface has a name.").passageTerms()).containsExactly("interfac");
            // the first sentence of a translation has none; the passage stays in its own translation
            assertThat(hits.get("Network setup").passageTerms()).isEmpty();
            assertThat(hits.get("Dieses Kapitel beschreibt das Netzwerk.").passageTerms())
                    .isEmpty();
            assertThat(hits.get("This chapter describes the network.").passageTerms())
                    .containsExactly("network");
            // a heading is read after the text before it, not under the heading before it
            assertThat(hits.get("Routing").passageTerms()).isEmpty();
        }
    }
}
