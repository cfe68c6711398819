/** Figures in text (amounts, units, years, percentages) in every language the articles are in: what facts and number matching read. */
package dev.interlinear.quantity;
