package org.claimboard.cli;

import java.util.List;
import java.util.Set;

/**
 * The jar's commands besides the web app. {@code extract} and {@code evaluate} are plain Java and start no
 * Spring context at all.
 */
public final class CommandLine {

    private static final Set<String> PLAIN_COMMANDS = Set.of("extract", "evaluate");

    private CommandLine() {
    }

    /** Whether the arguments name one of the plain-Java commands. */
    public static boolean handles(String[] args) {
        return args.length > 0 && PLAIN_COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        List<String> rest = List.of(args).subList(1, args.length);
        return switch (args[0]) {
            case "extract" -> ExtractCommand.run(rest, System.out, System.err);
            case "evaluate" -> EvaluateCommand.run(rest, System.out, System.err);
            default -> throw new IllegalArgumentException("not a command: " + args[0]);
        };
    }
}
