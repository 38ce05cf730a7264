package io.github.jingdu.epub;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs EPUBCheck in this JVM and counts what it reports. */
record EpubCheckRun(int fatal, int errors, int warnings, String report) {

    static EpubCheckRun of(File epub) {
        StringWriter text = new StringWriter();
        // Quiet: without it EPUBCheck prints an INFO line per feature of every file it reads
        // (146,384 lines of the suite's 146,951); errors and warnings are still reported and counted.
        WriterReportImpl report = new WriterReportImpl(new PrintWriter(text), "", true);
        new EpubCheck(epub, report).check();
        return new EpubCheckRun(report.getFatalErrorCount(), report.getErrorCount(), report.getWarningCount(),
                text.toString());
    }

    boolean clean() {
        return fatal == 0 && errors == 0 && warnings == 0;
    }
}
