package dev.interlinear.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one language that {@link QuantityExtractor} reads: number words, magnitude words, the
 * "and a half" phrase, multiples and year cues. All keys are folded as {@link dev.interlinear.language.Folding} folds.
 * Every word of a text is looked up in several of them, so they are held in hash sets and maps (see
 * {@link #hashed(Set)}).
 *
 * @param numberWords          small number words and hundreds ("zehn", "dez", "vingt", "duzentos")
 * @param oneWords             words meaning one that are also articles ("ein", "um", "un", "a"): a quantity only
 *                             together with a magnitude or a unit
 * @param magnitudes           words that multiply ("Milliarden", "bilhões", "mil millones" is "mil" × "millones")
 * @param currencyMagnitudes   short magnitudes read only after a currency sign ("$5m", "R$ 3 bi")
 * @param numberConnectors     joins number words ("vinte e dois", "treinta y dos", "vingt et un")
 * @param halfPhrase           the words after a number that add one half ("e meio", "and a half")
 * @param unitConnectors       between a magnitude and its unit ("milhões de dólares", "millions of dollars")
 * @param yearCues             words after which a four-digit number is a year ("ab", "a partir", "em", "since")
 * @param yearLinks            words between a cue and the year ("início de 2024", "beginning of 2024")
 * @param multipleWords        whole words that are a multiple ("verdoppelt", "tenfold", "décuplé")
 * @param timesWords           words after a number that make it a multiple ("vezes", "times", "fois", "-fach")
 */
record NumberLexicon(
        Map<String, Integer> numberWords,
        Set<String> oneWords,
        Map<String, BigDecimal> magnitudes,
        Map<String, BigDecimal> currencyMagnitudes,
        Set<String> numberConnectors,
        List<String> halfPhrase,
        Set<String> unitConnectors,
        Set<String> yearCues,
        Set<String> yearLinks,
        MultipleWords multipleWords,
        Set<String> timesWords) {

    NumberLexicon {
        numberWords = hashed(numberWords);
        oneWords = hashed(oneWords);
        magnitudes = hashed(magnitudes);
        currencyMagnitudes = hashed(currencyMagnitudes);
        numberConnectors = hashed(numberConnectors);
        halfPhrase = List.copyOf(halfPhrase);
        unitConnectors = hashed(unitConnectors);
        yearCues = hashed(yearCues);
        yearLinks = hashed(yearLinks);
        timesWords = hashed(timesWords);
    }

    /**
     * An unmodifiable hash set with the same elements. {@code Set.of} probes its table with {@code equals};
     * a hash set compares cached hashes first, and most words looked up are in no set, so it rarely calls
     * {@code equals} at all.
     */
    static <T> Set<T> hashed(Set<T> set) {
        return Collections.unmodifiableSet(new HashSet<>(set));
    }

    /** {@link #hashed(Set)} for maps. */
    static <K, V> Map<K, V> hashed(Map<K, V> map) {
        return Collections.unmodifiableMap(new HashMap<>(map));
    }

    private static final BigDecimal E3 = BigDecimal.TEN.pow(3);
    private static final BigDecimal E6 = BigDecimal.TEN.pow(6);
    private static final BigDecimal E9 = BigDecimal.TEN.pow(9);
    private static final BigDecimal E12 = BigDecimal.TEN.pow(12);
    private static final BigDecimal E15 = BigDecimal.TEN.pow(15);
    private static final BigDecimal E18 = BigDecimal.TEN.pow(18);

    private static final Set<String> MONTHS = hashed(Set.of(
            "januar",
            "janner",
            "februar",
            "marz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "dezember",
            "january",
            "february",
            "march",
            "may",
            "june",
            "july",
            "october",
            "december",
            "janeiro",
            "fevereiro",
            "marco",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
            "enero",
            "febrero",
            "junio",
            "julio",
            "septiembre",
            "setiembre",
            "octubre",
            "noviembre",
            "diciembre",
            "janvier",
            "fevrier",
            "mars",
            "avril",
            "juin",
            "juillet",
            "aout",
            "septembre",
            "octobre",
            "novembre",
            "decembre"));

    private static final Map<String, BigDecimal> SHORT_CURRENCY_MAGNITUDES =
            Map.of("k", E3, "m", E6, "mn", E6, "b", E9, "bn", E9, "t", E12, "tn", E12);

    private static final NumberLexicon GERMAN = new NumberLexicon(
            words("eins 1 zwei 2 drei 3 vier 4 funf 5 sechs 6 sieben 7 acht 8 neun 9 zehn 10 elf 11 zwolf 12 "
                    + "dreizehn 13 vierzehn 14 funfzehn 15 sechzehn 16 siebzehn 17 achtzehn 18 neunzehn 19 zwanzig 20 "
                    + "dreissig 30 vierzig 40 funfzig 50 sechzig 60 siebzig 70 achtzig 80 neunzig 90 "
                    + "hundert 100 einhundert 100"),
            Set.of("ein", "eine", "einen", "einem", "einer", "eines"),
            magnitudes(
                    "tausend",
                    E3,
                    "tsd",
                    E3,
                    "million",
                    E6,
                    "millionen",
                    E6,
                    "mio",
                    E6,
                    "milliarde",
                    E9,
                    "milliarden",
                    E9,
                    "mrd",
                    E9,
                    "billion",
                    E12,
                    "billionen",
                    E12,
                    "bio",
                    E12,
                    "billiarde",
                    E15,
                    "billiarden",
                    E15),
            SHORT_CURRENCY_MAGNITUDES,
            Set.of(),
            List.of(),
            Set.of(),
            Set.of(
                    "im",
                    "in",
                    "seit",
                    "ab",
                    "bis",
                    "vor",
                    "nach",
                    "um",
                    "jahr",
                    "jahres",
                    "anfang",
                    "ende",
                    "mitte",
                    "beginn",
                    "fruhjahr",
                    "fruhling",
                    "sommer",
                    "herbst",
                    "winter",
                    "geschaftsjahr",
                    "jahrgang"),
            Set.of("des", "dem", "den", "der", "von"),
            multiples("verdoppel\\w*|doppelt", 2, "verdreifach\\w*", 3, "vervierfach\\w*", 4),
            Set.of("fach", "fache", "fachen", "facher", "faches", "mal"));

    private static final NumberLexicon ENGLISH = new NumberLexicon(
            words("one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 "
                    + "thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20 "
                    + "thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90 hundred 100"),
            Set.of("a", "one"),
            magnitudes(
                    "thousand",
                    E3,
                    "million",
                    E6,
                    "millions",
                    E6,
                    "billion",
                    E9,
                    "billions",
                    E9,
                    "trillion",
                    E12,
                    "trillions",
                    E12,
                    "bn",
                    E9,
                    "tn",
                    E12),
            SHORT_CURRENCY_MAGNITUDES,
            Set.of("and"),
            List.of("and", "a", "half"),
            Set.of("of"),
            Set.of(
                    "in",
                    "since",
                    "from",
                    "until",
                    "till",
                    "by",
                    "before",
                    "after",
                    "year",
                    "early",
                    "late",
                    "mid",
                    "during",
                    "through",
                    "beginning",
                    "end",
                    "middle",
                    "start",
                    "fiscal",
                    "fy",
                    "spring",
                    "summer",
                    "autumn",
                    "fall",
                    "winter"),
            Set.of("of", "the"),
            multiples(
                    "doubl(?:ed|es|ing)",
                    2,
                    "tripl(?:ed|es|ing)",
                    3,
                    "quadrupl(?:ed|es|ing)",
                    4,
                    "twofold",
                    2,
                    "threefold",
                    3,
                    "fourfold",
                    4,
                    "fivefold",
                    5,
                    "tenfold",
                    10,
                    "hundredfold",
                    100),
            Set.of("times", "fold"));

    private static final NumberLexicon PORTUGUESE = new NumberLexicon(
            words("dois 2 duas 2 tres 3 quatro 4 cinco 5 seis 6 sete 7 oito 8 nove 9 dez 10 onze 11 doze 12 treze 13 "
                    + "catorze 14 quatorze 14 quinze 15 dezesseis 16 dezasseis 16 dezessete 17 dezassete 17 dezoito 18 "
                    + "dezenove 19 dezanove 19 vinte 20 trinta 30 quarenta 40 cinquenta 50 sessenta 60 setenta 70 "
                    + "oitenta 80 noventa 90 cem 100 cento 100 duzentos 200 duzentas 200 trezentos 300 trezentas 300 "
                    + "quatrocentos 400 quatrocentas 400 quinhentos 500 quinhentas 500 seiscentos 600 seiscentas 600 "
                    + "setecentos 700 setecentas 700 oitocentos 800 oitocentas 800 novecentos 900 novecentas 900"),
            Set.of("um", "uma"),
            // pt-BR short scale (bilhão = 1e9, trilhão = 1e12); pt-PT spells its long scale bilião/trilião
            magnitudes(
                    "mil",
                    E3,
                    "milhao",
                    E6,
                    "milhoes",
                    E6,
                    "bilhao",
                    E9,
                    "bilhoes",
                    E9,
                    "trilhao",
                    E12,
                    "trilhoes",
                    E12,
                    "biliao",
                    E12,
                    "bilioes",
                    E12,
                    "triliao",
                    E18,
                    "trilioes",
                    E18),
            Map.of("mi", E6, "bi", E9, "tri", E12),
            Set.of("e"),
            List.of("e", "meio|meia"),
            Set.of("de"),
            Set.of(
                    "em",
                    "desde",
                    "ate",
                    "ano",
                    "inicio",
                    "comeco",
                    "fim",
                    "final",
                    "meados",
                    "partir",
                    "antes",
                    "depois",
                    "apos",
                    "durante",
                    "primavera",
                    "verao",
                    "outono",
                    "inverno"),
            Set.of("de", "do", "da", "o"),
            multiples(
                    "dobr(?:o|a|ou|ar|aram|ado|ada|ados|adas|am|ara|ará)",
                    2,
                    "duplic\\w*",
                    2,
                    "triplic\\w*",
                    3,
                    "quadruplic\\w*",
                    4,
                    "decuplic\\w*",
                    10),
            Set.of("vezes"));

    private static final NumberLexicon SPANISH = new NumberLexicon(
            words("dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9 diez 10 once 11 doce 12 trece 13 "
                    + "catorce 14 quince 15 dieciseis 16 diecisiete 17 dieciocho 18 diecinueve 19 veinte 20 "
                    + "veintiuno 21 veintidos 22 veintitres 23 veinticuatro 24 veinticinco 25 veintiseis 26 "
                    + "veintisiete 27 veintiocho 28 veintinueve 29 treinta 30 cuarenta 40 cincuenta 50 sesenta 60 "
                    + "setenta 70 ochenta 80 noventa 90 cien 100 ciento 100 doscientos 200 doscientas 200 "
                    + "trescientos 300 trescientas 300 cuatrocientos 400 cuatrocientas 400 quinientos 500 "
                    + "quinientas 500 seiscientos 600 seiscientas 600 setecientos 700 setecientas 700 "
                    + "ochocientos 800 ochocientas 800 novecientos 900 novecientas 900"),
            Set.of("un", "uno", "una"),
            magnitudes(
                    "mil",
                    E3,
                    "millon",
                    E6,
                    "millones",
                    E6,
                    "millardo",
                    E9,
                    "millardos",
                    E9,
                    "billon",
                    E12,
                    "billones",
                    E12,
                    "trillon",
                    E18,
                    "trillones",
                    E18),
            Map.of(),
            Set.of("y"),
            List.of("y", "medio|media"),
            Set.of("de"),
            Set.of(
                    "en",
                    "desde",
                    "hasta",
                    "ano",
                    "principios",
                    "inicios",
                    "comienzos",
                    "finales",
                    "fines",
                    "mediados",
                    "partir",
                    "antes",
                    "despues",
                    "durante",
                    "primavera",
                    "verano",
                    "otono",
                    "invierno"),
            Set.of("de", "del", "el"),
            multiples("duplic\\w*", 2, "triplic\\w*", 3, "cuadruplic\\w*", 4, "decuplic\\w*", 10),
            Set.of("veces"));

    private static final NumberLexicon FRENCH = new NumberLexicon(
            words("deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12 treize 13 "
                    + "quatorze 14 quinze 15 seize 16 vingt 20 vingts 20 trente 30 quarante 40 cinquante 50 "
                    + "soixante 60 cent 100 cents 100"),
            Set.of("un", "une"),
            // French long scale: billion = 1e12, milliard = 1e9
            magnitudes(
                    "mille",
                    E3,
                    "million",
                    E6,
                    "millions",
                    E6,
                    "milliard",
                    E9,
                    "milliards",
                    E9,
                    "md",
                    E9,
                    "mds",
                    E9,
                    "mrd",
                    E9,
                    "billion",
                    E12,
                    "billions",
                    E12),
            Map.of(),
            Set.of("et"),
            List.of("et", "demi|demie"),
            Set.of("de", "d"),
            Set.of(
                    "en",
                    "depuis",
                    "des",
                    "jusqu",
                    "annee",
                    "an",
                    "debut",
                    "fin",
                    "mi",
                    "partir",
                    "avant",
                    "apres",
                    "pendant",
                    "printemps",
                    "ete",
                    "automne",
                    "hiver"),
            Set.of("de", "d", "l"),
            multiples(
                    "doubl(?:e|ee|es|ees|er|era|ait|ent)",
                    2,
                    "tripl(?:e|ee|es|er|era|ait)",
                    3,
                    "quadrupl(?:e|ee|er|era)",
                    4,
                    "decupl(?:e|ee|er|era)",
                    10),
            Set.of("fois"));

    static NumberLexicon forLanguage(String baseLanguage) {
        return switch (baseLanguage) {
            case "de" -> GERMAN;
            case "pt" -> PORTUGUESE;
            case "es" -> SPANISH;
            case "fr" -> FRENCH;
            default -> ENGLISH;
        };
    }

    boolean isMonth(String folded) {
        return MONTHS.contains(folded);
    }

    /** The value of a single number word, German compounds included ("zweiundzwanzig", "eineinhalb"). */
    Optional<BigDecimal> wordValue(String folded) {
        Integer simple = numberWords.get(folded);
        if (simple != null) {
            return Optional.of(BigDecimal.valueOf(simple));
        }
        return this == GERMAN ? GermanCompound.value(folded) : Optional.empty();
    }

    /** A whole word that is a multiple by itself: "verzehnfacht", "Zehnfache", "tenfold", "triplicou". */
    Optional<BigDecimal> multipleWord(String folded) {
        if (multipleWords.mayStart(folded)) {
            for (MultipleWord m : multipleWords.all()) {
                if (m.matches(folded)) {
                    return Optional.of(BigDecimal.valueOf(m.value()));
                }
            }
        }
        if (this == GERMAN && folded.contains("fach")) { // the pattern needs it: most words are ruled out here
            Matcher m = GermanCompound.FOLD.matcher(folded);
            if (m.matches()) { // "einfach" (simple) is no multiple
                return GermanCompound.value(m.group(1)).filter(v -> v.compareTo(BigDecimal.ONE) > 0);
            }
        }
        return Optional.empty();
    }

    /**
     * The multiple words of a language, with the first letters of all their beginnings: every word of a text is
     * tried, and one look at its first letter rules out nearly all of them before any prefix is compared.
     *
     * @param firstLetters the first letter of each prefix, or null when a prefix is empty (any word may match)
     */
    record MultipleWords(List<MultipleWord> all, String firstLetters) {

        static MultipleWords of(List<MultipleWord> all) {
            StringBuilder letters = new StringBuilder();
            for (MultipleWord m : all) {
                for (String prefix : m.prefixes()) {
                    if (prefix.isEmpty()) {
                        return new MultipleWords(List.copyOf(all), null);
                    }
                    letters.append(prefix.charAt(0));
                }
            }
            return new MultipleWords(List.copyOf(all), letters.toString());
        }

        /** False only when no prefix can be a prefix of {@code folded}. */
        boolean mayStart(String folded) {
            return firstLetters == null || (!folded.isEmpty() && firstLetters.indexOf(folded.charAt(0)) >= 0);
        }
    }

    /**
     * A pattern of whole words that are a multiple, with the literal beginnings its matches must have: every
     * word of a text is tried, and a {@code startsWith} rules out nearly all of them before the regex runs.
     */
    record MultipleWord(Pattern pattern, List<String> prefixes, int value) {

        static MultipleWord of(String regex, int value) {
            List<String> prefixes = new ArrayList<>();
            for (String alternative : topLevelAlternatives(regex)) {
                int n = 0;
                while (n < alternative.length() && Character.isLetter(alternative.charAt(n))) {
                    n++;
                }
                boolean optionalLast = n < alternative.length() && "?*{".indexOf(alternative.charAt(n)) >= 0;
                prefixes.add(alternative.substring(0, optionalLast ? n - 1 : n));
            }
            return new MultipleWord(Pattern.compile(regex), List.copyOf(prefixes), value);
        }

        private static List<String> topLevelAlternatives(String regex) {
            List<String> out = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    out.add(regex.substring(start, i));
                    start = i + 1;
                }
            }
            out.add(regex.substring(start));
            return out;
        }

        boolean matches(String folded) {
            for (String prefix : prefixes) {
                if (folded.startsWith(prefix)) {
                    return pattern.matcher(folded).matches();
                }
            }
            return false;
        }
    }

    private static Map<String, Integer> words(String pairs) {
        String[] parts = pairs.trim().split("\\s+");
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            map.put(parts[i], Integer.parseInt(parts[i + 1]));
        }
        return Map.copyOf(map);
    }

    private static Map<String, BigDecimal> magnitudes(Object... pairs) {
        Map<String, BigDecimal> map = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put((String) pairs[i], (BigDecimal) pairs[i + 1]);
        }
        return Map.copyOf(map);
    }

    private static MultipleWords multiples(Object... pairs) {
        List<MultipleWord> out = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            out.add(MultipleWord.of((String) pairs[i], (Integer) pairs[i + 1]));
        }
        return MultipleWords.of(out);
    }

    /** German writes numbers below a million as one word: "dreihundertzweiundzwanzig", "zweitausend", "eineinhalb". */
    private static final class GermanCompound {
        static final Pattern FOLD = Pattern.compile("(?:ver)?(\\p{L}+?)fach(?:e|en|er|es|em|t|te|ten|ter|tes)?");
        private static final Map<String, Integer> PARTS = hashed(Map.ofEntries(
                Map.entry("ein", 1),
                Map.entry("eins", 1),
                Map.entry("zwei", 2),
                Map.entry("drei", 3),
                Map.entry("vier", 4),
                Map.entry("funf", 5),
                Map.entry("sechs", 6),
                Map.entry("sech", 6),
                Map.entry("sieben", 7),
                Map.entry("sieb", 7),
                Map.entry("acht", 8),
                Map.entry("neun", 9),
                Map.entry("zehn", 10),
                Map.entry("elf", 11),
                Map.entry("zwolf", 12),
                Map.entry("zwanzig", 20),
                Map.entry("dreissig", 30),
                Map.entry("vierzig", 40),
                Map.entry("funfzig", 50),
                Map.entry("sechzig", 60),
                Map.entry("siebzig", 70),
                Map.entry("achtzig", 80),
                Map.entry("neunzig", 90),
                Map.entry("hundert", 100),
                Map.entry("tausend", 1000),
                Map.entry("und", 0),
                Map.entry("einhalb", -1),
                Map.entry("anderthalb", -2)));
        private static final int MAX_LENGTH = 60;
        /**
         * The first three letters of every part, each packed into an int by {@link #startCode} and sorted: a word
         * starting otherwise is no number (most words), and no word needs cutting to be ruled out.
         */
        private static final int[] PART_STARTS = PARTS.keySet().stream()
                .mapToInt(GermanCompound::startCode)
                .distinct()
                .sorted()
                .toArray();

        /** The first three characters of a word as one int, or -1 when one is beyond Latin-1 (as no part's is). */
        private static int startCode(String word) {
            char a = word.charAt(0);
            char b = word.charAt(1);
            char c = word.charAt(2);
            return (a | b | c) > 0xFF ? -1 : a << 16 | b << 8 | c;
        }

        static Optional<BigDecimal> value(String word) {
            if (word.length() < 3
                    || word.length() > MAX_LENGTH
                    || Arrays.binarySearch(PART_STARTS, startCode(word)) < 0) {
                return Optional.empty();
            }
            int[] parts = new int[word.length()];
            int count = segment(word, 0, parts, 0);
            return count <= 0 ? Optional.empty() : evaluate(parts, count);
        }

        /** Splits {@code word} from {@code at} into known parts, longest first; returns the count or -1. */
        private static int segment(String word, int at, int[] parts, int count) {
            if (at == word.length()) {
                return count;
            }
            for (int len = Math.min(10, word.length() - at); len >= 3; len--) {
                Integer v = PARTS.get(word.substring(at, at + len));
                if (v != null) {
                    parts[count] = v;
                    int done = segment(word, at + len, parts, count + 1);
                    if (done > 0) {
                        return done;
                    }
                }
            }
            return -1;
        }

        private static Optional<BigDecimal> evaluate(int[] parts, int count) {
            long total = 0;
            long current = 0;
            BigDecimal half = BigDecimal.ZERO;
            for (int i = 0; i < count; i++) {
                int p = parts[i];
                boolean last = i == count - 1;
                if (p == 0) { // "und" only between a unit and a tens word
                    if (i == 0 || last || parts[i - 1] >= 10 || parts[i + 1] < 20 || parts[i + 1] > 90) {
                        return Optional.empty();
                    }
                } else if (p == -1) { // "einhalb" ends the word: "eineinhalb", "zweieinhalb"
                    if (!last || i == 0) {
                        return Optional.empty();
                    }
                    half = new BigDecimal("0.5");
                } else if (p == -2) { // "anderthalb" stands alone
                    if (count != 1) {
                        return Optional.empty();
                    }
                    return Optional.of(new BigDecimal("1.5"));
                } else if (p == 100) {
                    current = Math.max(current, 1) * 100;
                } else if (p == 1000) {
                    total += Math.max(current, 1) * 1000;
                    current = 0;
                } else {
                    current += p;
                }
            }
            return Optional.of(BigDecimal.valueOf(total + current).add(half));
        }
    }
}
