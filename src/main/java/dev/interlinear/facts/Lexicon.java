package dev.interlinear.facts;

import dev.interlinear.language.Folding;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes the fact finders need, per language, {@linkplain Folding folded}: speech verbs
 * that introduce a quote, and function words that are capitalised only because they start a sentence.
 * Unknown languages get the union of all.
 *
 * <p>Asked for nearly every word, so held in hash sets and maps: they compare cached hashes before
 * {@code equals}, where {@code Set.of} and {@code Map.of} probe with {@code equals}.
 */
final class Lexicon {

    private static final Map<String, Set<String>> SPEECH_VERBS = hashed(
            Map.of(
                    "de",
                            words(
                                    "sagte sagt sagten sagen außerte ausserte außert erklarte erklart erklarten meinte meint "
                                            + "betonte betont antwortete antwortet fugte schrieb schreibt warnte warnt kommentierte sprach "
                                            + "verkundete verkundet zitierte"),
                    "pt",
                            words(
                                    "disse diz dizem disseram afirmou afirma afirmaram declarou declara declararam falou fala "
                                            + "explicou explica comentou comenta acrescentou respondeu ressaltou destacou observou escreveu "
                                            + "alertou garantiu"),
                    "en",
                            words(
                                    "said says say stated states told tells explained explains added adds asked replied noted "
                                            + "notes declared declares wrote writes commented remarked insisted warned announced"),
                    "es",
                            words(
                                    "dijo dice dicen dijeron afirmo afirma afirmaron declaro declara declararon explico explica "
                                            + "comento comenta senalo senala anadio aseguro asegura respondio escribio indico advirtio"),
                    "fr",
                            words(
                                    "dit disait declare declarait affirme affirmait explique expliquait ajoute ajoutait souligne "
                                            + "soulignait estime estimait repondu repond ecrit lance assure assurait precise precisait")));

    private static final Map<String, Set<String>> FUNCTION_WORDS = hashed(
            Map.of(
                    "de",
                            words(
                                    "der die das den dem des ein eine einer einem einen eines dieser diese dieses diesem diesen "
                                            + "jener jene und oder aber doch denn wenn als wie warum was wer wo wann weil dass ob ich du er sie "
                                            + "es wir ihr man mein meine meiner sein seine seiner ihre unser im in an am auf aus bei beim mit "
                                            + "nach von vom vor zu zum zur uber unter durch fur gegen ohne um seit bis da dann auch noch nur "
                                            + "schon so laut gemaß damals heute gestern kurz nicht kein keine alle viele andererseits "
                                            + "einerseits zunachst kurzlich doch"),
                    "pt",
                            words(
                                    "o a os as um uma uns umas este esta estes estas esse essa isso isto aquele aquela aquilo "
                                            + "naquela naquele nesta neste nessa nesse no na nos nas do da dos das de em por para com sem "
                                            + "sobre e ou mas se quando como porque que quem onde eu ele ela eles elas nos voce seu sua seus "
                                            + "suas meu minha tambem ainda ja nao sim mais segundo desde ate apos entao recentemente ontem hoje "
                                            + "todos todas"),
                    "en",
                            words(
                                    "the a an this that these those in on at of for from to with by as and but or if when while "
                                            + "after before since during it its he she they we i you his her their our my your there here "
                                            + "what why how who which where then also however although though yet so not no all some many "
                                            + "most any each both one according last next recently yesterday today"),
                    "es",
                            words(
                                    "el la los las lo un una unos unas este esta estos estas ese esa eso aquel aquella en por "
                                            + "para con sin sobre de del al y o pero si cuando como porque que quien donde yo el ella ellos "
                                            + "ellas nosotros su sus mi tambien ya no mas segun desde hasta tras entonces recientemente ayer hoy "
                                            + "todos"),
                    "fr",
                            words(
                                    "le la les l un une des du de d ce cet cette ces en dans par pour avec sans sur sous et ou "
                                            + "mais si quand comme parce que qui ou je il elle ils elles nous vous on son sa ses leur leurs "
                                            + "mon ma aussi deja ne pas plus selon depuis apres avant alors recemment hier aujourd tous")));

    /** Role titles written as acronyms in every language; they name no one. */
    private static final Set<String> TITLE_ACRONYMS = words("ceo cfo cto coo cio cmo cso vp svp evp md mba phd");

    private static final Set<String> ALL_SPEECH_VERBS = union(SPEECH_VERBS);
    private static final Set<String> ALL_FUNCTION_WORDS = union(FUNCTION_WORDS);

    private Lexicon() {}

    static boolean isSpeechVerb(String key, String language) {
        return SPEECH_VERBS.getOrDefault(language, ALL_SPEECH_VERBS).contains(key);
    }

    static boolean isFunctionWord(String key, String language) {
        return FUNCTION_WORDS.getOrDefault(language, ALL_FUNCTION_WORDS).contains(key);
    }

    static boolean isTitleAcronym(String key) {
        return TITLE_ACRONYMS.contains(key);
    }

    private static Set<String> words(String list) {
        Set<String> out = new HashSet<>();
        for (String w : list.trim().split("[\\s,]+")) {
            out.add(Folding.fold(w));
        }
        return Collections.unmodifiableSet(out);
    }

    private static Set<String> union(Map<String, Set<String>> byLanguage) {
        Set<String> all = new HashSet<>();
        byLanguage.values().forEach(all::addAll);
        return Collections.unmodifiableSet(all);
    }

    private static <V> Map<String, V> hashed(Map<String, V> map) {
        return Collections.unmodifiableMap(new HashMap<>(map));
    }
}
