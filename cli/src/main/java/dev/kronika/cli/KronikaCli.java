package dev.kronika.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The Java side of ./kronika: commands that talk to the services or run the embedded database. */
@Command(name = "kronika", mixinStandardHelpOptions = true, version = "kronika 0.1.0",
        description = "Multilingual news to a queryable record of who met, called or visited whom.",
        subcommands = {DatabaseCommand.class, WaitReadyCommand.class, IngestCommand.class, EntitiesCommand.class, EventsCommand.class,
                IngestBenchmarkCommand.class, KnowledgeBaseCommand.class})
public final class KronikaCli implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new KronikaCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
