/**
 * Words of one language in another, from bilingual dictionaries installed on the machine (FreeDict's, in the
 * dictd format Debian ships). They let a question find a sentence of another translation when no article has
 * the asker's language: the only evidence across languages besides names, numbers and cognates.
 */
package dev.interlinear.lexicon;
