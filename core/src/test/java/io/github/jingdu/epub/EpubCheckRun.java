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
        WriterReportImpl report = new WriterReportImpl(new PrintWriter(text), "", false);
        new EpubCheck(epub, report).check();
        return new EpubCheckRun(report.getFatalErrorCount(), report.getErrorCount(), report.getWarningCount(),
                text.toString());
    }

    boolean clean() {
        return fatal == 0 && errors == 0 && warnings == 0;
    }
}
