/** Which language a text is in: the OpenNLP detector, with function words for short questions, and language tags. */
package dev.interlinear.language;
