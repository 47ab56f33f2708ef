package org.claimboard.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.claimboard.evaluation.Evaluation;
import org.claimboard.evaluation.Evaluator;
import org.claimboard.evaluation.Gold;
import org.claimboard.extraction.Extractors;

/** {@code evaluate --gold GOLD.json --corpus DIR}: scores the extraction against a gold file. */
final class EvaluateCommand {

    private static final String USAGE = "usage: evaluate --gold GOLD.json --corpus DIR";

    private EvaluateCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String gold = option(args, "--gold");
        String corpus = option(args, "--corpus");
        if (gold == null || corpus == null) {
            err.println(USAGE);
            return 2;
        }
        try {
            Evaluation evaluation = new Evaluator(Extractors.standard()).evaluate(Gold.read(Path.of(gold)), Path.of(corpus));
            out.print(evaluation.report());
            return 0;
        } catch (IOException e) {
            err.println("evaluate: " + e.getMessage());
            return 1;
        }
    }

    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
    }
}
