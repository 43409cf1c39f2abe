package dev.kronika.extract.core.kb.wikidata;

import dev.kronika.extract.core.kb.KnowledgeBase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Command line: imports a Wikidata JSON dump into a knowledge-base TSV file.
 *
 * <pre>
 * ImportWikidata --dump latest-all.json.bz2 --out wikidata.tsv
 *                [--min-sitelinks N]        keep items with at least N Wikipedia/sister links (default 10)
 *                [--languages en,pl,...]     name languages (default en,pl,cs,sl,ru,uk,bg)
 *                [--classes FILE]            class list replacing kb/wikidata/classes.tsv
 *                [--positions FILE]          position list replacing kb/wikidata/positions.tsv
 *                [--progress N]              report every N items (default 1000000)
 * </pre>
 * Items whose Wikidata id is already in the bundled knowledge base keep the bundled id, so that
 * the file merges into the bundled entities when loaded with {@link KnowledgeBase#withFiles}.
 */
public final class ImportWikidata {

    private ImportWikidata() {
    }

    public static void main(String[] args) throws Exception {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException | WikidataDumpReader.WikidataFormatException e) {
            System.err.println("kb-import: " + e.getMessage());
            System.exit(2);
        }
    }

    static int run(String[] args) throws Exception {
        Path dump = null;
        Path out = null;
        ImportConfig config = ImportConfig.defaults();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println(usage());
                return 0;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + arg + "\n" + usage());
            }
            String value = args[++i];
            switch (arg) {
                case "--dump" -> dump = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--min-sitelinks" -> config = config.withMinSitelinks(Integer.parseInt(value));
                case "--languages" -> config = config.withLanguages(List.of(value.split("[,\\s]+")));
                case "--classes" -> config = config.withClasses(Path.of(value));
                case "--positions" -> config = config.withPositions(Path.of(value));
                case "--progress" -> config = config.withProgressEvery(Long.parseLong(value));
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + usage());
            }
        }
        if (dump == null || out == null) {
            throw new IllegalArgumentException("--dump and --out are required\n" + usage());
        }
        if (!Files.isRegularFile(dump)) {
            throw new IllegalArgumentException("dump file not found: " + dump);
        }
        WikidataImporter importer = new WikidataImporter(config, KnowledgeBase.bundled());
        WikidataImporter.Summary summary = importer.run(dump, out, System.err::println);
        System.out.printf(Locale.ROOT, "%s: %,d items read, %,d entities written (%,d role facts, %,d unresolved references dropped) in %.1f s (%,.0f items/s)%n",
                out, summary.items(), summary.kept(), summary.roleFacts(), summary.droppedReferences(), summary.seconds(), summary.itemsPerSecond());
        return 0;
    }

    static String usage() {
        return "usage: ImportWikidata --dump FILE(.json|.json.gz|.json.bz2) --out FILE.tsv [--min-sitelinks N] "
                + "[--languages en,pl,cs,sl,ru,uk,bg] [--classes FILE] [--positions FILE] [--progress N]";
    }
}
