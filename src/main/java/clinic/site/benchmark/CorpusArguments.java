package clinic.site.benchmark;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The command line shared by the benchmark's corpus writers (BenchmarkCorpus, HugoCorpus):
 * {@code <count> <folder> [today as yyyy-MM-dd]}. The count stays within 1..9000, so that an article's order is a
 * number of at most 4 digits.
 */
record CorpusArguments(int count, Path folder, LocalDate today) {

    /** The arguments of `program`, whose folder is named `folder` in its usage line; exits 2 with that line if any is missing. */
    static CorpusArguments parse(String program, String folder, String[] args) {
        if (args.length < 2) {
            System.err.println("usage: java -cp target/classes clinic.site.benchmark." + program + " <count> <" + folder
                    + "> [yyyy-MM-dd]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        if (count < 1 || count > 9000) {
            throw new IllegalArgumentException("count must be 1..9000 (order must stay a number of at most 4 digits)");
        }
        return new CorpusArguments(count, Path.of(args[1]), args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.now());
    }
}
