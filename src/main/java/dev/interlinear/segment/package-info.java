/** Splitting a translation into paragraphs and sentences (ICU sentence breaks with abbreviation and number rules). */
package dev.interlinear.segment;
