package org.dicomharness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code harness} command: entry point of the CLI. */
@Command(name = "harness", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "DICOM Conformance Harness: checks, with evidence, whether a DICOM system interoperates.",
        subcommands = {RunCommand.class, DumpCommand.class, EchoCommand.class, SendCommand.class, FindCommand.class,
            MoveCommand.class, GetCommand.class, ModalityCommand.class, ViewerCommand.class, ValidateCommand.class,
            GenerateCommand.class, PacsCommand.class, VersionCommand.class, CommandLine.HelpCommand.class})
public final class Harness {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit code, for tests and for {@link #main}. */
    public static int run(String... args) {
        CommandLine cmd = new CommandLine(new Harness());
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("harness " + commandLine.getCommandName() + ": " + ex.getMessage());
            return ExitCodes.UNREADABLE_INPUT;
        });
        return cmd.execute(args);
    }
}
