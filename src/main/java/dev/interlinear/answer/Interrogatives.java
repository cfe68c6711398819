package dev.interlinear.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interrogatives (question words) of each language: they tell the kind of answer wanted, and are then
 * removed so that "wie viel", "quanto" or "how much" never decide which sentence wins.
 */
final class Interrogatives {

    private final ChatShorthand shorthand = new ChatShorthand();

    private record Cue(AnswerType type, Pattern pattern) {}

    /** French "le prix" is a price, but "le prix Nobel", "le prix Goncourt" a prize. */
    private static final String NOT_A_PRIZE = "(?!\\s+(?:(?-i:\\p{Lu})|nobel))";

    /** Ordered: the first cue that matches decides the type (a quote cue beats "what"). */
    private static final Map<String, List<Cue>> CUES = Map.ofEntries(
            Map.entry(
                    "en",
                    List.of(
                            cue(
                                    AnswerType.QUANTITY,
                                    "how (?:much|many|large|big|high|long|often|far|old|tall|wide|deep|heavy|fast)"
                                            + "|what (?:percentage|percent|proportion|fraction|amount|number)"
                                            + "|what(?: is|'s| was| are| were) the (?:cost|price)"
                                            + "|what (?:does|did|do|will|would)(?: [\\p{L}\\p{N}'-]+){1,6} cost"
                                            + "(?=[^\\p{L}\\p{N}]*$)"),
                            cue(AnswerType.PERSON, "who|whom|whose"),
                            cue(AnswerType.TIME, opening("when") + "|(?:since|until|and|or) when|what year|which year"),
                            cue(AnswerType.QUOTE, "say|said|says|state[ds]?|claim(?:ed)?"))),
            Map.entry(
                    "de",
                    List.of(
                            cue(
                                    AnswerType.QUANTITY,
                                    "wie (?:viel|viele|vielen|hoch|stark|groß|gross|lange|lang|oft|teuer|weit|alt|breit|tief"
                                            + "|schwer|schnell)|welche[nrms]? (?:prozentsatz|anteil|menge|mengen|anzahl)"
                                            + "|was (?:kostet|kostete|kosteten|kosten(?! angeh))"),
                            cue(AnswerType.PERSON, "(?:mit |von |für )?(?:wer|wem|wen|wessen)"),
                            cue(AnswerType.TIME, "wann|seit wann|in welchem jahr"),
                            cue(AnswerType.QUOTE, "sagte|sagt|äußerte|meinte|erklärte|behauptete"))),
            Map.entry(
                    "pt",
                    List.of(
                            cue(
                                    AnswerType.QUANTITY,
                                    "quanto|quanta|quantos|quantas"
                                            + "|(?:que|qual) (?:a )?(?:porcentagem|percentagem|proporção|quantidade)"
                                            + "|qual (?:é |e |era |foi )?o (?:custo|preço|preco)"),
                            cue(AnswerType.PERSON, "(?:com |de |para )?quem"),
                            cue(AnswerType.TIME, opening("quando") + "|em que ano|desde quando|até quando"),
                            cue(AnswerType.QUOTE, "disse|diz|afirmou|declarou|falou"))),
            Map.entry(
                    "es",
                    List.of(
                            cue(
                                    AnswerType.QUANTITY,
                                    "cuánto|cuánta|cuántos|cuántas|cuanto|cuantos|qué (?:porcentaje|cantidad|proporción)"
                                            + "|cuál (?:es|era|fue) (?:el|la) (?:porcentaje|cantidad|proporción|costo|coste|precio)"),
                            cue(AnswerType.PERSON, "(?:con |de |para )?(?:quién|quiénes|quien)"),
                            cue(
                                    AnswerType.TIME,
                                    "cuándo|" + opening("cuando") + "|en qué año|desde cuando|hasta cuando"),
                            cue(AnswerType.QUOTE, "dijo|dice|afirmó|declaró"))),
            Map.entry(
                    "fr",
                    List.of(
                            cue(
                                    AnswerType.QUANTITY,
                                    "combien|quel(?:le)? (?:pourcentage|proportion|quantité)"
                                            + "|quel (?:est|était) le (?:prix|coût|cout)" + NOT_A_PRIZE),
                            cue(AnswerType.PERSON, "(?:avec |de |pour )?qui"),
                            cue(AnswerType.TIME, opening("quand") + "|en quelle année|depuis quand|jusqu'à quand"),
                            cue(AnswerType.QUOTE, "dit|déclaré|affirmé|dire"))),
            Map.entry(
                    "ru",
                    List.of(
                            cue(AnswerType.QUANTITY, "сколько"),
                            cue(AnswerType.PERSON, "кто|кого|кому|кем|чей|чья|чьё|чьи"),
                            cue(AnswerType.TIME, opening("когда") + "|в каком году|в котором году|какого года"))),
            Map.entry(
                    "el",
                    List.of(
                            cue(AnswerType.QUANTITY, "π[όο]σ(?:οι|ες|α|ο|η|ους|ων|ος)"),
                            cue(AnswerType.PERSON, "ποιος|ποιοι|ποιον|ποιου|ποιανού"),
                            cue(AnswerType.TIME, "π[όο]τε|ποιο έτος|ποια χρονιά|ποια χρονολογία"))),
            Map.entry(
                    "tr",
                    List.of(
                            cue(AnswerType.QUANTITY, "kaç|kaçta|kaçıncı|ne kadar"),
                            cue(AnswerType.PERSON, "kim|kimin|kime|kimi|kimden|kimler|kimdir"),
                            cue(AnswerType.TIME, "ne zaman|hangi yıl|hangi yılda|hangi tarihte|hangi tarih"))),
            Map.entry(
                    "vi",
                    List.of(
                            cue(AnswerType.TIME, "khi nào|bao giờ|năm nào|lúc nào|thời gian nào|năm bao nhiêu|mấy giờ"),
                            cue(AnswerType.QUANTITY, "bao nhiêu|mấy"),
                            // "ai" is "who"; "AI" is the acronym
                            cue(AnswerType.PERSON, "(?-iu:ai|Ai)"))),
            Map.entry(
                    "hi",
                    List.of(
                            cue(AnswerType.QUANTITY, "कितना|कितने|कितनी"),
                            cue(AnswerType.TIME, "कब|किस वर्ष|किस साल"))),
            Map.entry("ar", List.of(cue(AnswerType.QUANTITY, "كم"), cue(AnswerType.TIME, "متى|في أي عام|في أي سنة"))),
            // Thai writes no spaces between words: its cues are looked for anywhere.
            // No "who" in Arabic, Hindi and Thai: a name is told by its capitals, which these scripts lack, so no
            // sentence would be seen to hold the kind of answer asked for.
            Map.entry(
                    "th",
                    List.of(
                            cueAnywhere(AnswerType.TIME, "เมื่อไร|เมื่อไหร่|เมื่อใด|ปีใด|ปีไหน|ปีอะไร|กี่โมง"),
                            cueAnywhere(AnswerType.QUANTITY, "เท่าไร|เท่าไหร่|กี่"))));

    /**
     * Words that make a quantity question one about money: the money nouns and the verbs and adjectives of price.
     * An amount of money answers them, so they are read as part of the question word and not looked up (a sentence
     * stating a sum rarely says "money"); currency names ("dollars") stay words to look up, as sentences use them.
     * French "argent" is money only in "combien d'argent" (else often silver), and "prix" is as often a prize.
     */
    private static final Map<String, Pattern> MONEY_WORDS = Map.of(
            "en", wordsEvenElided("money|cost|costs|costed|expensive|price|priced"),
            "de", wordsEvenElided("geld|kosten|kostet|kostete|kosteten|teuer|teure|teurer|preis"),
            "pt", wordsEvenElided("dinheiro|custa|custam|custou|custaram|custar|custo|caro|caros|preço|preco"),
            "es", wordsEvenElided("dinero|cuesta|cuestan|costó|costaron|costo|coste|costar|caro|caros|precio"),
            "fr",
                    wordsEvenElided(
                            "(?<=combien d')argent|coûte|coûtent|coûté|coûtait|coûter|coute|coutent|cher|chère|chers"
                                    + "|(?<=\\ble )(?:prix|coût|cout)" + NOT_A_PRIZE));

    /** Words that make a quantity question one about a share: a percentage answers them, "%" rarely says them. */
    private static final Map<String, Pattern> PERCENT_WORDS = Map.of(
            "en", wordsEvenElided("percentage|percent|per cent|percentile"),
            "de", wordsEvenElided("prozent|prozentsatz|prozentsatzes|prozentanteil"),
            "pt", wordsEvenElided("porcentagem|percentagem|por cento"),
            "es", wordsEvenElided("porcentaje|por ciento"),
            "fr", wordsEvenElided("pourcentage|pour cent"));

    /**
     * Currency names: with a quantity question word they ask for an amount of money too ("wie viele US-Dollar").
     * Not "pounds", "libras", "livres" (also weights), "yuan" (a dynasty), "francs", "Franken" (peoples, a region).
     */
    private static final Pattern CURRENCIES =
            wordsEvenElided("dollars?|us-dollars?|dólar(?:es)?|dolar(?:es)?|euros?|yen|reais");

    /** Words that only make a sentence a question; removed before the words are looked up. */
    private static final Map<String, Pattern> QUESTION_ONLY = Map.ofEntries(
            Map.entry(
                    "en",
                    words("what|which|who|whom|whose|when|where|why|how|much|many|does|did|do|is|are|was|were|"
                            + "can|could|would|should|tell|me|please")),
            Map.entry(
                    "de",
                    words("wie|viel|viele|vielen|was|wer|wem|wen|wessen|wann|wo|warum|wieso|weshalb|welche|welcher|"
                            + "welches|welchen|woher|wohin|womit|worüber|wozu|hoch|stark|oft")),
            Map.entry(
                    "pt",
                    words("que|quê|quem|quando|onde|porque|porquê|quanto|quanta|quantos|quantas|qual|quais|como")),
            Map.entry(
                    "es",
                    words("qué|que|quién|quiénes|quien|cuándo|cuando|dónde|donde|porqué|cuánto|cuánta|cuántos|"
                            + "cuántas|cuanto|cuantos|cuál|cuáles|cómo|como")),
            Map.entry(
                    "fr", words("que|qu|quoi|qui|quand|où|pourquoi|combien|quel|quelle|quels|quelles|comment|est-ce")),
            Map.entry(
                    "ru",
                    words("что|какой|какая|какое|какие|каким|какого|каком|какую|где|куда|откуда|почему|зачем|как|"
                            + "сколько|кто|кого|кому|кем|чей|чья|чьё|чьи|когда|ли")),
            Map.entry(
                    "el",
                    words("τι|ποιος|ποια|ποιο|ποιοι|ποιες|ποιον|ποιου|ποιων|ποιανού|πότε|πού|γιατί|πώς|πόσο|πόσοι|"
                            + "πόσες|πόσα|πόση|πόσους|πόσων|πόσος")),
            Map.entry(
                    "tr",
                    words(
                            "ne zaman|ne kadar|ne|neyi|neler|nedir|hangi|hangisi|kim|kimin|kime|kimi|kimden|kimdir|nerede|"
                                    + "nereye|nereden|neden|niçin|niye|nasıl|kaç|kaçta|kaçıncı|mı|mi|mu|mü|mıdır|midir")),
            Map.entry(
                    "vi",
                    words(
                            "gì|nào|(?-iu:ai|Ai)|khi nào|bao giờ|ở đâu|đâu|tại sao|vì sao|như thế nào|thế nào|bao nhiêu|mấy")),
            Map.entry(
                    "hi",
                    words("क्या|कौन|कौनसा|कब|कहाँ|कहां|क्यों|कैसे|कितना|कितने|कितनी|किसने|किसको|किसे|किसका|किसकी|"
                            + "किसके")),
            Map.entry("ar", words("ما|ماذا|متى|أين|لماذا|كيف|كم|أي|هل")));

    /**
     * How readers refer to what they read ("according to the article", "laut Autor", "what does the author think")
     * or ask for more of it ("amd deal details"): the question is about the article's subject, not about articles,
     * authors or details. Only with a determiner or a preposition of reference, so "Welcher Autor ...", "Wie laut
     * ...", "which text ..." keep their words; and the words are dropped only where no sentence has them.
     */
    private static final Map<String, Pattern> THE_TEXT_ITSELF = Map.of(
            "en",
                    words("(?:according to |in )?(?:the|this) (?:article|text|author|writer)(?:'s)?"
                            + "|according to (?:the )?(?:article|text|author)|details?"),
            "de",
                    words("(?:laut |nach |in |im )?(?:dem|des|der|diesem|dieses|den) (?:artikel|artikels|text|textes"
                            + "|autor|autors|autorin|verfasser|verfassers|beitrag|beitrags)"
                            + "|(?:laut|im) (?:artikel|text|autor|beitrag)|details|einzelheiten"),
            "pt",
                    words("(?:segundo |de acordo com )?(?:o|a|do|da|no|na|este|esta) (?:artigo|texto|autor|autora)"
                            + "|detalhes"),
            "es",
                    words("(?:según |de acuerdo con )?(?:el|la|del|en el|este|esta) (?:artículo|texto|autor|autora)"
                            + "|detalles"),
            "fr",
                    words("(?:selon |d'après |dans )?(?:l'|le |la |du |de l'|cet |cette )(?:article|texte|auteur"
                            + "|autrice)|détails?"));

    /** More characters than any question word has, so a message's start is enough to look for one. */
    private static final int LONGEST_START = 40;
    /** Words that open a question (not every question-only word does: "much", "is" do not). */
    private static final Map<String, Pattern> QUESTION_STARTS = Map.of(
            "en", words("what|which|who|whom|whose|when|where|why|how|does|did|do|is|are|can|could"),
            "de",
                    words("wie|was|wer|wem|wen|wessen|wann|wo|warum|wieso|weshalb|welche|welcher|welches|welchen|woher|"
                            + "wohin|womit|worüber|wozu|gibt|ist|sind|hat|haben|kann|können"),
            "pt", words("que|quem|quando|onde|porque|por|quanto|quanta|quantos|quantas|qual|quais|como"),
            "es", words("qué|quién|quiénes|cuándo|dónde|por|cuánto|cuánta|cuántos|cuántas|cuál|cuáles|cómo"),
            "fr", words("que|qu|quoi|qui|quand|où|pourquoi|combien|quel|quelle|quels|quelles|comment|est-ce"));

    private static Cue cue(AnswerType type, String regex) {
        return new Cue(type, wordsEvenElided(regex));
    }

    /**
     * A word that is a question word where it opens or closes the question ("When did ...", "And when ...", chat's
     * "deal with amd when") and a conjunction inside it ("What happens when ...", "... cuando murió"): only the first asks for a
     * time.
     */
    private static String opening(String word) {
        return "^[^\\p{L}\\p{N}]*(?:(?:and|so|but|e|y|et|mais|pero|mas|а|и|но)[^\\p{L}\\p{N}]+)?" + word + "|" + word
                + "[^\\p{L}\\p{N}]*$";
    }

    private static Cue cueAnywhere(AnswerType type, String regex) {
        return new Cue(type, Pattern.compile(regex));
    }

    /** The words also after an elided article or preposition ("d'argent"). */
    private static Pattern wordsEvenElided(String alternatives) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{M}])(?:" + alternatives + ")(?![\\p{L}\\p{M}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{M}'])(?:" + alternatives + ")(?![\\p{L}\\p{M}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The patterns ignore case themselves, so a cue can tell "ai" from "AI" where that matters. */
    AnswerType typeOf(String question, String lang) {
        for (Cue cue : CUES.getOrDefault(lang, List.of())) {
            if (cue.pattern().matcher(question).find()) {
                if (cue.type() != AnswerType.QUANTITY) {
                    return cue.type();
                }
                // "by what percentage did the price rise" asks for a share
                if (finds(PERCENT_WORDS, question, lang)) {
                    return AnswerType.PERCENT;
                }
                return asksForMoney(question, lang) ? AnswerType.MONEY : AnswerType.QUANTITY;
            }
        }
        return AnswerType.OTHER;
    }

    private static boolean asksForMoney(String question, String lang) {
        return finds(MONEY_WORDS, question, lang)
                || CURRENCIES.matcher(question).find();
    }

    private static boolean finds(Map<String, Pattern> words, String question, String lang) {
        Pattern p = words.get(lang);
        return p != null && p.matcher(question).find();
    }

    /**
     * Question marks of the scripts the bot reads: Latin and Cyrillic "?", Spanish "¿", Arabic "؟", the full-width
     * "？" of Chinese and Japanese, the Greek question mark (U+037E, which looks like a semicolon).
     */
    private static final Pattern QUESTION_MARK = Pattern.compile("[?¿؟？\u037E]");
    /**
     * Greek keyboards type the question mark as a plain semicolon: one closing a clause of Greek words (not a unit
     * such as "kΩ;") is a question mark.
     */
    private static final Pattern GREEK_QUESTION = Pattern.compile("\\p{IsGreek}{2}[^;\\p{IsLatin}]*;\\s*$");

    boolean hasQuestionMark(String text) {
        return QUESTION_MARK.matcher(text).find()
                || GREEK_QUESTION.matcher(text).find();
    }

    /**
     * The words (lower case) of the phrases by which a question refers to the text it is about ("laut dem Artikel",
     * "según el autor"). The caller drops such a word only where no sentence has it: an article that says "author"
     * keeps it in "Who is the author of ...".
     */
    Set<String> referencesToTheText(String question, String lang) {
        Pattern p = THE_TEXT_ITSELF.get(lang);
        if (p == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        Matcher m = p.matcher(question);
        while (m.find()) {
            for (String w : m.group().split("[^\\p{L}\\p{M}]+")) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether the text starts with a question word of any language ("Wie viel ...", "Quem ..."). */
    boolean startsWithQuestionWord(String text) {
        String stripped = text.strip();
        // No question word is near this long: a long chat message is judged by its start only.
        String start = stripped.length() > LONGEST_START ? stripped.substring(0, LONGEST_START) : stripped;
        String token = start.split("[\\s,;:!.]+", 2)[0];
        if (token.isEmpty()) {
            return false;
        }
        if (shorthand.opensQuestion(token)) {
            return true; // "oq ...", "whats ..."
        }
        String first = token.toLowerCase(Locale.ROOT);
        for (Pattern p : QUESTION_STARTS.values()) {
            if (p.matcher(first).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The question with its question words blanked out (offsets of other words are kept); in a question about
     * money, its money words too.
     */
    String withoutQuestionWords(String question, String lang, AnswerType type) {
        Pattern p = QUESTION_ONLY.get(lang);
        if (p == null) {
            return question;
        }
        StringBuilder out = new StringBuilder(question);
        blank(p, out);
        Pattern money = MONEY_WORDS.get(lang);
        if (type == AnswerType.MONEY && money != null) { // a currency name alone makes a money question anywhere
            blank(money, out);
        }
        return out.toString();
    }

    private static void blank(Pattern words, StringBuilder text) {
        Matcher m = words.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                text.setCharAt(i, ' ');
            }
        }
    }
}
