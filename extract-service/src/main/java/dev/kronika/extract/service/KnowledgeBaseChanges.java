package dev.kronika.extract.service;

import dev.kronika.extract.core.kb.KbEntity;

import java.util.List;

/** Where user-added knowledge-base entities come from: query-service, or a fake in tests. */
public interface KnowledgeBaseChanges {

    /**
     * @param upserted entities created (or created again) after the revision, in revision order
     * @param deleted  ids deleted after the revision
     * @param revision the source's latest revision: ask for the changes after it next time
     */
    record Changes(List<KbEntity> upserted, List<String> deleted, long revision) {

        public boolean isEmpty() {
            return upserted.isEmpty() && deleted.isEmpty();
        }
    }

    /** Every change after the revision (0: every entity); throws when the source cannot be reached. */
    Changes since(long revision);
}
