package dev.interlinear.answer;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people type in a chat for a word or two ("whats", "wieviel", "qto", "pq", "koi") read as the words, and
 * laughter and chat formulas ("lol", "pls", "kkkk", "mdr") dropped, before a question is read. Left as typed, such a
 * token is a word that no sentence has: it weighs most of all, so a short question looks like one about something the
 * articles never mention, and a question word typed short no longer says what kind of answer is wanted.
 *
 * <p>Only tokens that are no word of the language are listed; one-letter tokens only where nearly nothing else is meant
 * in a question ("u", "q"): "n", "c", "d" or "y" are also variables, initials and names ("Y. pestis").
 */
final class ChatShorthand {

    /**
     * A word on its own: not part of a contraction ("don't"), a compound ("U-Boot"), an abbreviation ("U.S.") or an
     * address ("?q=amd", "/rs/").
     */
    private static final Pattern TOKEN =
            Pattern.compile("(?<![\\p{L}\\p{N}'’.\\-/?=_@#&:])[\\p{L}\\p{N}]+(?![\\p{L}\\p{N}'’\\-/=_@#&]|\\.\\p{L})");

    /**
     * Laughter and chat formulas of any language, typed in lower case: nothing to look up ("RS", "KKK", "MDR", "PLZ"
     * in capitals are a state, an organisation, a broadcaster, a postcode).
     */
    private static final Pattern NOISE = Pattern.compile(
            "lo+l|lmao+|rofl|omg|pls|plz|pliz|thx|thnx|btw|idk|tbh|xd+|(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|(?:ja){2,}|"
                    + "(?:je){2,}|k{4,}|(?:rs){2,}|mdr|ptdr|xpdr");

    /**
     * Shorthand that opens a question, in any language: a chat message starting with it asks something ("oq é isso",
     * "whats the deal"). Not every expansion does: "thats", "dont" or "hats" open statements.
     */
    private static final Set<String> QUESTION_OPENERS = Set.of(
            "wat",
            "wut",
            "wht",
            "whats",
            "whos",
            "wheres",
            "whens",
            "hows",
            "wieviel",
            "wieviele",
            "wievielen",
            "oq",
            "pq",
            "qto",
            "qnt",
            "qta",
            "qtos",
            "qnts",
            "qtas",
            "qdo",
            "qnd",
            "qndo",
            "xq",
            "porq",
            "dnd",
            "kien",
            "qien",
            "cdo",
            "pkoi",
            "cmb");

    private static final Map<String, Map<String, String>> BY_LANGUAGE = Map.of(
            "en",
                    Map.ofEntries(
                            Map.entry("u", "you"),
                            Map.entry("wat", "what"),
                            Map.entry("wut", "what"),
                            Map.entry("wht", "what"),
                            Map.entry("whats", "what is"),
                            Map.entry("whos", "who is"),
                            Map.entry("wheres", "where is"),
                            Map.entry("whens", "when is"),
                            Map.entry("hows", "how is"),
                            Map.entry("hw", "how"),
                            Map.entry("abt", "about"),
                            Map.entry("cuz", "because"),
                            Map.entry("coz", "because"),
                            Map.entry("ppl", "people"),
                            Map.entry("gonna", "going to"),
                            Map.entry("wanna", "want to"),
                            Map.entry("gotta", "got to"),
                            Map.entry("b4", "before"),
                            Map.entry("thru", "through"),
                            Map.entry("tho", "though"),
                            Map.entry("govt", "government"),
                            Map.entry("dont", "do not"),
                            Map.entry("doesnt", "does not"),
                            Map.entry("didnt", "did not"),
                            Map.entry("isnt", "is not"),
                            Map.entry("wasnt", "was not"),
                            Map.entry("arent", "are not"),
                            Map.entry("werent", "were not"),
                            Map.entry("thats", "that is"),
                            Map.entry("theres", "there is")),
            "de",
                    Map.ofEntries(
                            Map.entry("wat", "was"),
                            Map.entry("wieviel", "wie viel"),
                            Map.entry("wieviele", "wie viele"),
                            Map.entry("wievielen", "wie vielen"),
                            Map.entry("nen", "einen"),
                            Map.entry("nem", "einem"),
                            Map.entry("ner", "einer"),
                            Map.entry("hab", "habe"),
                            Map.entry("nix", "nichts"),
                            Map.entry("vllt", "vielleicht"),
                            Map.entry("vlt", "vielleicht"),
                            Map.entry("gibts", "gibt es"),
                            Map.entry("gehts", "geht es"),
                            Map.entry("hats", "hat es"),
                            Map.entry("ists", "ist es")),
            "pt",
                    Map.ofEntries(
                            Map.entry("q", "que"),
                            Map.entry("oq", "o que"),
                            Map.entry("pq", "por que"),
                            Map.entry("vc", "você"),
                            Map.entry("vcs", "vocês"),
                            Map.entry("qto", "quanto"),
                            Map.entry("qnt", "quanto"),
                            Map.entry("qta", "quanta"),
                            Map.entry("qtos", "quantos"),
                            Map.entry("qnts", "quantos"),
                            Map.entry("qtas", "quantas"),
                            Map.entry("qdo", "quando"),
                            Map.entry("qnd", "quando"),
                            Map.entry("qndo", "quando"),
                            Map.entry("tb", "também"),
                            Map.entry("tbm", "também"),
                            Map.entry("msm", "mesmo"),
                            Map.entry("mto", "muito"),
                            Map.entry("mt", "muito"),
                            Map.entry("mta", "muita"),
                            Map.entry("hj", "hoje"),
                            Map.entry("td", "tudo"),
                            Map.entry("tds", "todos"),
                            Map.entry("dps", "depois"),
                            Map.entry("agr", "agora"),
                            Map.entry("vdd", "verdade"),
                            Map.entry("cmg", "comigo"),
                            Map.entry("kd", "cadê"),
                            Map.entry("blz", ""),
                            Map.entry("vlw", ""),
                            Map.entry("obg", "")),
            "es",
                    Map.ofEntries(
                            Map.entry("q", "que"),
                            Map.entry("qe", "que"),
                            Map.entry("ke", "que"),
                            Map.entry("xq", "por qué"),
                            Map.entry("pq", "por qué"),
                            Map.entry("porq", "por qué"),
                            Map.entry("tb", "también"),
                            Map.entry("tmb", "también"),
                            Map.entry("tmbn", "también"),
                            Map.entry("dnd", "dónde"),
                            Map.entry("kien", "quién"),
                            Map.entry("qien", "quién"),
                            Map.entry("cdo", "cuándo"),
                            Map.entry("xfa", ""),
                            Map.entry("porfa", ""),
                            Map.entry("tqm", "")),
            "fr",
                    Map.ofEntries(
                            Map.entry("pk", "pourquoi"),
                            Map.entry("pq", "pourquoi"),
                            Map.entry("pkoi", "pourquoi"),
                            Map.entry("pcq", "parce que"),
                            Map.entry("koi", "quoi"),
                            Map.entry("kwa", "quoi"),
                            Map.entry("ki", "qui"),
                            Map.entry("qd", "quand"),
                            Map.entry("qnd", "quand"),
                            Map.entry("cmb", "combien"),
                            Map.entry("jsp", "je ne sais pas"),
                            Map.entry("tt", "tout"),
                            Map.entry("bcp", "beaucoup"),
                            Map.entry("pr", "pour"),
                            Map.entry("ds", "dans"),
                            Map.entry("avc", "avec"),
                            Map.entry("qqn", "quelqu'un"),
                            Map.entry("qqch", "quelque chose"),
                            Map.entry("svp", ""),
                            Map.entry("stp", ""),
                            Map.entry("slt", ""),
                            Map.entry("bjr", "")));

    /** The question with the language's chat shorthand read as words and chat noise removed. */
    String expand(String question, String lang) {
        Map<String, String> words = BY_LANGUAGE.getOrDefault(lang, Map.of());
        Matcher m = TOKEN.matcher(question);
        StringBuilder out = null;
        int last = 0;
        boolean first = true;
        while (m.find()) {
            String token = m.group();
            boolean opening = first;
            first = false;
            String lower = typedAsShorthand(token, opening, question, m.end());
            if (lower == null) {
                continue;
            }
            String replacement = words.get(lower);
            if (replacement == null && NOISE.matcher(lower).matches()) {
                replacement = "";
            }
            if (replacement == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(question.length() + 16);
            }
            out.append(question, last, m.start()).append(replacement);
            last = m.end();
        }
        return out == null
                ? question
                : out.append(question, last, question.length()).toString();
    }

    /** Whether a chat message's first token is shorthand that opens a question in some language ("oq", "whats"). */
    boolean opensQuestion(String token) {
        String lower = typedAsShorthand(token, true, token, token.length());
        return lower != null && QUESTION_OPENERS.contains(lower);
    }

    /**
     * The token in lower case if it may be shorthand: typed in lower case, or with a capital as a message's first word
     * ("Whats"); "TB", "AVC", "Angkor Wat" are something else. A one-letter token before a full stop is an initial.
     */
    private static String typedAsShorthand(String token, boolean opening, String text, int end) {
        String lower = token.toLowerCase(Locale.ROOT);
        boolean lowerCase = lower.equals(token);
        boolean capitalised = opening
                && token.length() > 1
                && Character.isUpperCase(token.codePointAt(0))
                && token.substring(Character.charCount(token.codePointAt(0)))
                        .equals(lower.substring(Character.charCount(lower.codePointAt(0))));
        if (!lowerCase && !capitalised) {
            return null;
        }
        if (token.length() == 1 && end < text.length() && text.charAt(end) == '.') {
            return null;
        }
        return lower;
    }
}
