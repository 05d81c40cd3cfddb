/**
 * Who already acts on the territory ({@code raquette actors}): finding actors by theme, place and
 * radius, and listing them as table, CSV, JSON or Markdown. May use: {@code analysis} (the one rule
 * of who supplies a theme), {@code report}, {@code territory}, {@code themes}.
 */
package fr.raquette.actors;
