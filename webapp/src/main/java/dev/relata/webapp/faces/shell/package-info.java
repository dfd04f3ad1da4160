/** The frame around every signed-in page: top bar, language switch and entity navigation. */
package dev.relata.webapp.faces.shell;
