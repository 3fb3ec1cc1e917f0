/**
 * The silent log4j provider the library registers with the lowest priority, so that a program using the library
 * prints nothing of POI's logging on its own; a real provider the program adds (log4j-core, log4j-to-slf4j) takes
 * precedence and shows POI's messages as configured.
 *
 * <p>Internal: not part of the API; do not depend on it — it is not exported by the module and may change in any
 * release.
 */
package io.github.disclosurereport.logging;
