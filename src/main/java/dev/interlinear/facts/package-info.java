/**
 * Facts of an article: quantities (money, power, energy, multiples, percentages, years), quotes with their
 * speakers, names of people and organisations merged across translations, and the places where translations
 * state different figures. Entry point: {@link dev.interlinear.facts.FactExtractor}; storage:
 * {@link dev.interlinear.facts.FactsJson}.
 */
package dev.interlinear.facts;
