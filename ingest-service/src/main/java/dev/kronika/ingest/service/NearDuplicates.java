package dev.kronika.ingest.service;

import dev.kronika.ingest.config.IngestConfig;
import dev.kronika.ingest.dedup.LshIndex;
import dev.kronika.ingest.dedup.MinHashSignature;
import dev.kronika.ingest.dedup.NearDuplicateDetector;
import dev.kronika.ingest.repository.ArticleRecordRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Near-duplicate detection at submission: MinHash signatures of the visible text in an LSH index
 * (loaded from the database at start-up), so that the same story syndicated with small edits or
 * re-ingested is linked to the article it copies.
 */
@ApplicationScoped
public class NearDuplicates {

    private static final Logger LOG = Logger.getLogger(NearDuplicates.class);
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style|noscript|template)[^>]*>.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @Inject
    ArticleRecordRepository articles;
    @Inject
    IngestConfig config;

    private NearDuplicateDetector detector;
    private LshIndex index;

    /** The earlier article a text nearly duplicates, and how similar they are. */
    public record Match(UUID articleId, double similarity) {
    }

    void load(@Observes StartupEvent startup) {
        detector = new NearDuplicateDetector(NearDuplicateDetector.DEFAULT_SHINGLE_WORDS, NearDuplicateDetector.DEFAULT_HASHES,
                NearDuplicateDetector.DEFAULT_BANDS, config.nearDuplicateThreshold());
        index = detector.newIndex();
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> articles.signatures());
        for (Object[] row : rows) {
            index.add(row[0].toString(), MinHashSignature.fromBytes((byte[]) row[1]));
        }
        LOG.infof("near-duplicate index loaded with %d articles", index.size());
    }

    public MinHashSignature signature(String content, boolean html) {
        String text = html ? TAG.matcher(INVISIBLE.matcher(content).replaceAll(" ")).replaceAll(" ") : content;
        return detector.signature(text);
    }

    public Optional<Match> find(MinHashSignature signature) {
        return index.query(signature).stream().findFirst()
                .map(match -> new Match(UUID.fromString(match.id()), match.similarity()));
    }

    /** Called once the article is committed. */
    public void remember(UUID articleId, MinHashSignature signature) {
        index.add(articleId.toString(), signature);
    }
}
