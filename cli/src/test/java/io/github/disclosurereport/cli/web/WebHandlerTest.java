package io.github.disclosurereport.cli.web;

import io.github.disclosurereport.cli.Failures;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The one line a browser is shown for a failure of ours: Chinese, without exception text or command-line flags. */
class WebHandlerTest {

    @Test
    void aFaultOfOursIsOneChineseLineWithoutItsExceptionOrTheDebugFlag() {
        RuntimeException fault = new IllegalStateException("java.lang.NullPointerException at Mapper.java:42");
        // the commands tell a clerk at the command line to rerun with --debug; a browser is told no such thing
        assertThat(Failures.oneLine(fault)).contains("--debug", "NullPointerException");
        for (Throwable t : new Throwable[] {fault, new StackOverflowError(), new NullPointerException()}) {
            String line = WebHandler.oneLine(t);
            assertThat(line).isEqualTo(WebHandler.INTERNAL_ERROR).startsWith("内部错误，未能处理该文件")
                    .doesNotContain("--debug", "Exception", "Mapper", "\n");
        }
        // an I/O failure and exhausted memory keep the commands' words, which say what happened
        assertThat(WebHandler.oneLine(new OutOfMemoryError("Java heap space"))).startsWith("内存不足，文件可能过大");
        assertThat(WebHandler.oneLine(new IOException("Early EOF"))).isEqualTo(Failures.oneLine(new IOException("Early EOF")));
    }
}
