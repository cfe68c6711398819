package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind of answer a question's interrogative asks for, in the languages that have a table of them. */
class InterrogativesTest {

    private final Interrogatives interrogatives = new Interrogatives();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "de|Was ist laut Autor der Schlüssel zur Superintelligenz?|laut autor",
                "de|Welche zwei Gründe nennt der Autor am Ende?|der autor",
                "de|Wie laut sind die Chips von AMD?|''",
                "de|Welcher Autor schreibt über AMD?|''",
                "en|Why does the author think Sam hoards compute?|the author",
                "en|According to the article, what did AMD sign?|according to the article",
                "en|Which text editor does Debian ship?|''",
                "pt|Segundo o autor, o que a OpenAI quer?|segundo o autor",
                "pt|acordo amd detalhes|detalhes",
                "es|¿Qué es necesario según el artículo?|según el artículo",
                "fr|Que conclut l'auteur à propos d'Altman ?|l auteur",
                "fr|Quel auteur a écrit ce livre ?|''"
            })
    void givenAQuestion_whenItsReferencesToTheTextAreRead_thenOnlyPhrasesThatReferToItCount(
            String lang, String question, String words) {
        assertThat(interrogatives.referencesToTheText(question, lang))
                .containsExactlyInAnyOrder(words.isEmpty() ? new String[0] : words.split(" "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "de|Was kostet ein Gigawatt?|MONEY",
                "de|Was Kosten angeht, wer zahlt die Rechenzentren?|PERSON",
                "en|What does a gigawatt of compute cost?|MONEY",
                "en|What does the cost-cutting plan involve?|OTHER",
                "en|What do analysts think about cost cuts at Intel?|OTHER",
                "pt|Qual e o preco do chip?|MONEY",
                "fr|Quel est le prix d'un gigawatt ?|MONEY",
                "fr|Quel est le prix Nobel reçu par Hinton ?|OTHER",
                "fr|Combien de fois le prix Nobel a-t-il été décerné ?|QUANTITY",
                "fr|Combien de personnes vivent dans la ville prix ?|QUANTITY"
            })
    void givenAQuestionAboutAPriceOrNot_whenItsTypeIsRead_thenOnlyAPriceAsksForMoney(
            String lang, String question, AnswerType type) {
        assertThat(interrogatives.typeOf(question, lang)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ru|Сколько цилиндров имеет двигатель?|QUANTITY",
                "ru|Кто написал эту книгу?|PERSON",
                "ru|Когда была основана Варшава?|TIME",
                "el|Πόσοι κύλινδροι έχει ο κινητήρας;|QUANTITY",
                "el|Πότε ιδρύθηκε η Βαρσοβία;|TIME",
                "tr|Motor kaç silindire sahiptir?|QUANTITY",
                "tr|Varşova ne zaman kuruldu?|TIME",
                "tr|Bu kitabı kim yazdı?|PERSON",
                "vi|Động cơ có bao nhiêu xi lanh?|QUANTITY",
                "vi|Năm bao nhiêu thì Varsava được thành lập?|TIME",
                "hi|इंजन में कितने सिलेंडर हैं?|QUANTITY",
                "hi|वारसॉ की स्थापना कब हुई?|TIME",
                "ar|كم عدد الأسطوانات في المحرك؟|QUANTITY",
                "ar|متى تأسست وارسو؟|TIME",
                "th|เครื่องยนต์มีกี่สูบ|QUANTITY",
                "th|ประชุมเริ่มกี่โมง|TIME",
                "vi|Mấy giờ cuộc họp bắt đầu?|TIME",
                "el|ποσοι κυλινδροι εχει;|QUANTITY",
                "de|Wie gross ist die Schweiz?|QUANTITY",
                "th|ใครเป็นผู้เขียนหนังสือเล่มนี้|OTHER",
                "ar|من هو رئيس الوزراء؟|OTHER"
            })
    void givenAQuestionWord_whenTheTypeIsRead_thenItIsTheKindOfAnswerItAsksFor(
            String lang, String question, AnswerType type) {
        assertThat(interrogatives.typeOf(question, lang)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|When did the war end?|TIME",
                "en|openai amd deal when|TIME",
                "en|How and when did the plague enter Europe?|TIME",
                "en|What happens to the norm when a number is multiplied by p?|OTHER",
                "es|¿Qué mar bordeaba el imperio al este cuando murió?|OTHER",
                "es|cuando murio genghis khan|TIME",
                "es|¿En el imperio, cuándo murió?|TIME",
                "pt|O que acontece quando o número cresce?|OTHER",
                "fr|Que se passe-t-il quand le nombre croît ?|OTHER",
                "fr|Quand la guerre a-t-elle pris fin ?|TIME",
                "ru|Что происходит с нормой, когда число умножается?|OTHER",
                "pt|E quando ele morreu?|TIME",
                "ru|А когда он родился?|TIME",
                "es|¿Y cuando murió?|TIME",
                "en|So when did the war end?|TIME"
            })
    void givenWhenInsideAQuestion_whenTheTypeIsRead_thenOnlyAnOpeningOrClosingOneAsksForATime(
            String lang, String question, AnswerType type) {
        assertThat(interrogatives.typeOf(question, lang)).isEqualTo(type);
    }

    @Test
    void givenAQuestionWordInsideAnotherWord_whenTheTypeIsRead_thenItIsNotTakenForOne() {
        // "कब" (when) begins "कबीर", a name: the vowel sign after it is part of the word
        assertThat(interrogatives.typeOf("कबीर ने क्या लिखा?", "hi")).isEqualTo(AnswerType.OTHER);
    }

    @Test
    void givenAVietnameseQuestionAboutAI_whenItIsRead_thenTheAcronymIsNoQuestionWord() {
        assertThat(interrogatives.typeOf("Ai là giám đốc điều hành của TSMC?", "vi"))
                .isEqualTo(AnswerType.PERSON);
        assertThat(interrogatives.typeOf("Sam nói gì về AI?", "vi")).isEqualTo(AnswerType.OTHER);
        assertThat(interrogatives.withoutQuestionWords("Sam nói gì về AI?", "vi", AnswerType.OTHER))
                .contains("AI");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "متى تأسست وارسو؟|true",
                "华沙是什么时候建立的？|true",
                "Πότε ιδρύθηκε η Βαρσοβία;|true",
                "Πότε ιδρύθηκε η Βαρσοβία\u037E|true",
                "Когда была основана Варшава?|true",
                "Die Stadt; ihre Geschichte|false",
                "see above;|false",
                "Η Βαρσοβία ιδρύθηκε νωρίς.|false",
                "a resistor of 10 kΩ;|false",
                "measured in μm;|false"
            })
    void givenAChatMessage_whenAskedWhetherItHasAQuestionMark_thenThatOfItsScriptCounts(String text, boolean mark) {
        assertThat(interrogatives.hasQuestionMark(text)).isEqualTo(mark);
    }

    @Test
    void givenATurkishQuestion_whenItsQuestionWordsAreRemoved_thenOnlyTheWholeQuestionPhraseGoes() {
        // "ne zaman" (when) goes as one phrase; "kadar" alone is "until", a word of the question
        assertThat(interrogatives
                        .withoutQuestionWords("1990'a kadar ne zaman kuruldu", "tr", AnswerType.TIME)
                        .replaceAll("\\s+", " ")
                        .strip())
                .isEqualTo("1990'a kadar kuruldu");
    }

    @Test
    void givenALanguageWithoutATable_whenTheTypeIsRead_thenItAsksForAnything() {
        assertThat(interrogatives.typeOf("Câți cilindri are motorul?", "ro")).isEqualTo(AnswerType.OTHER);
        assertThat(interrogatives.withoutQuestionWords("Câți cilindri are motorul?", "ro", AnswerType.OTHER))
                .isEqualTo("Câți cilindri are motorul?");
    }
}
