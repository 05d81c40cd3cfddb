/**
 * The languages of Raquette: the message catalogue ({@code messages.properties}, French by default,
 * and {@code messages_en.properties}) read by key ({@link fr.raquette.i18n.Messages}), the
 * languages themselves ({@link fr.raquette.i18n.Lang}, chosen by {@code --lang} or the
 * environment), French grammar around names ({@link fr.raquette.i18n.French}) and the check that
 * both catalogues hold the same keys ({@link fr.raquette.i18n.CatalogueParity}). Every package may
 * use it for the sentences users read; it depends on no other package of Raquette.
 */
package fr.raquette.i18n;
