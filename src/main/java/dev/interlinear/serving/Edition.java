package dev.interlinear.serving;

import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.FactsService;
import dev.interlinear.index.SentenceIndex;

/**
 * One consistent version of the served articles: an index generation, its facts and the services over
 * them. A question is answered from one edition from start to end, so an update never mixes two versions
 * in one answer ({@link ServedEdition} closes the index when the last use of a retired edition ends).
 */
public record Edition(SentenceIndex index, AnswerService answers, FactsService facts) {}
