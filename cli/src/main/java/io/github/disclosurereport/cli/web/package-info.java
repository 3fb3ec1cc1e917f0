/**
 * The CLI's {@code serve} command: a web page on the clerk's own machine and the small JSON API it calls. Jetty's
 * core Handler API serves it (no servlet container); the page is static HTML, CSS and plain JavaScript from this
 * package's {@code static/} resources. Every request is answered from memory: uploads are held as bytes, outputs
 * are written to the response, and nothing is written to disk.
 *
 * <p>{@link io.github.disclosurereport.cli.web.WebServer} starts and stops the server,
 * {@link io.github.disclosurereport.cli.web.WebHandler} answers HTTP (routes, static files, errors),
 * {@link io.github.disclosurereport.cli.web.Uploads} reads the multipart form within the limits,
 * {@link io.github.disclosurereport.cli.web.ApiActions} does the work of each API call through the library, and
 * {@link io.github.disclosurereport.cli.web.ReportView} gives the page a report's tables in their printed layout.
 */
package io.github.disclosurereport.cli.web;
