package io.github.disclosurereport.testutil;

import io.github.disclosurereport.DisclosureReports;

import java.nio.file.Path;

/** A minimal consumer program: reads the reports named on the command line and prints only their cell counts. */
public final class ReadOneReport {

    private ReadOneReport() {
    }

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            System.out.println(DisclosureReports.read(Path.of(a)).cells().size());
        }
    }
}
