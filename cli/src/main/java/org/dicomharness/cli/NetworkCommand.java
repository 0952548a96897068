package org.dicomharness.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseException;
import org.dicomharness.dicom.net.dimse.DimseResponse;
import org.dicomharness.dicom.net.dimse.ServiceClass;
import org.dicomharness.dicom.net.dimse.Status;
import org.dicomharness.dicom.net.dimse.StatusRegistry;
import org.dicomharness.dicom.net.ul.AssociationException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** What every network command does around its operation: parse the target, report failures, write the trace. */
abstract class NetworkCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TARGET", converter = Target.Converter.class,
            description = "the remote AE: AET@host:port")
    Target target;

    @Mixin
    NetworkOptions net;

    final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    /** The command's work; returns the exit code. */
    abstract int run() throws Exception;

    abstract String name();

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (AssociationException e) {
            // Rejected (with result/source/reason), aborted (with the timer or peer), or unreachable.
            err.println("harness " + name() + ": " + target + ": " + e.getMessage());
            return ExitCodes.NO_ASSOCIATION;
        } catch (DimseException e) {
            err.println("harness " + name() + ": " + target + ": " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (IllegalArgumentException e) {
            err.println("harness " + name() + ": " + e.getMessage());
            return ExitCodes.UNREADABLE_INPUT;
        } catch (Exception e) {
            err.println("harness " + name() + ": " + target + ": " + e);
            return ExitCodes.FAILED;
        }
    }

    /** Closes (releases) the association and writes the trace. */
    void finish(DimseClient client) {
        if (client != null) {
            client.close();
            net.writeTrace(client.association());
        }
    }

    static String status(DimseResponse r, String sopClassUid) {
        Status s = StatusRegistry.standard().lookup(r.status(), ServiceClass.of(r.commandField(), sopClassUid));
        return String.format("%04X %s", s.code(), s.name()) + (r.detail().isEmpty() ? "" : " (" + r.detail() + ")");
    }
}
