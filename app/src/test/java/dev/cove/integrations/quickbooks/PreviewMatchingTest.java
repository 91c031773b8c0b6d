package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PreviewMatchingTest {

    private static MatchCandidate cove(String name, String email, String link) {
        return new MatchCandidate(UUID.randomUUID(), name, email, link);
    }

    @Test
    void rulesApplyInOrderLinkNameEmailNormalisedName() {
        var linked = cove("Renamed In Cove", null, "10");
        var exact = cove("Maria Lopez", "maria@x.com", null);
        var byEmail = cove("M. Chen", "CHEN@example.com", null);
        var similar = cove("sunset  villas, inc.", null, null);
        var fresh = cove("Brand New Pools", "new@example.com", null);
        var quickBooks = List.of(new RemoteRecord("10", "Old Name", null, true),
                new RemoteRecord("11", "Maria Lopez", "other@x.com", true),
                new RemoteRecord("12", "Mei Chen", "chen@example.com", true),
                new RemoteRecord("13", "Sunset Villas LLC", null, true));

        List<MatchProposal> proposals = PreviewMatching.customers(List.of(linked, exact, byEmail, similar, fresh), quickBooks);

        assertThat(proposals).extracting(MatchProposal::decision).containsExactly(MatchDecision.LINK,
                MatchDecision.LINK, MatchDecision.LINK, MatchDecision.LINK, MatchDecision.CREATE);
        assertThat(proposals).extracting(MatchProposal::remoteId).containsExactly("10", "11", "12", "13", null);
        assertThat(proposals.get(0).reason()).isEqualTo("Already linked");
        assertThat(proposals.get(1).reason()).contains("the same name");
        assertThat(proposals.get(2).reason()).contains("the same email");
        assertThat(proposals.get(3).reason()).contains("a similar name");
    }

    @Test
    void anInactiveNamesakeIsAConflictNotACreate() {
        var local = cove("Oakwood HOA", null, null);

        List<MatchProposal> proposals = PreviewMatching.customers(List.of(local),
                List.of(new RemoteRecord("20", "Oakwood HOA", null, false)));

        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.decision()).isEqualTo(MatchDecision.CONFLICT);
            assertThat(p.remoteId()).isEqualTo("20");
            assertThat(p.reason()).contains("inactive", "6240");
        });
    }

    @Test
    void twoCandidatesAreAConflict() {
        var local = cove("Blue Lagoon", null, null);

        List<MatchProposal> proposals = PreviewMatching.customers(List.of(local),
                List.of(new RemoteRecord("30", "Blue Lagoon Inc", null, true),
                        new RemoteRecord("31", "blue lagoon LLC", null, true)));

        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.decision()).isEqualTo(MatchDecision.CONFLICT);
            assertThat(p.reason()).contains("2 QuickBooks customers", "'Blue Lagoon Inc' (30)", "(31)");
        });
    }

    @Test
    void aQuickBooksRecordIsLinkedOnlyOnce() {
        var first = cove("Maria Lopez", null, null);
        var second = cove("maria lopez", null, null);
        var alreadyLinked = cove("Someone", null, "40");
        var wantsLinked = cove("Taken Name", null, null);

        List<MatchProposal> proposals = PreviewMatching.customers(List.of(first, second, alreadyLinked, wantsLinked),
                List.of(new RemoteRecord("11", "Maria Lopez", null, true), new RemoteRecord("40", "Taken Name", null, true)));

        assertThat(proposals).extracting(MatchProposal::decision).containsExactly(MatchDecision.LINK,
                MatchDecision.CONFLICT, MatchDecision.LINK, MatchDecision.CONFLICT);
        assertThat(proposals.get(1).reason()).contains("already matched");
        assertThat(proposals.get(3).reason()).contains("already matched");
    }

    @Test
    void aLinkToAVanishedRecordIsAConflict() {
        List<MatchProposal> proposals = PreviewMatching.items(List.of(cove("Filter Cleaning", "FC-1", "99")), List.of());

        assertThat(proposals.get(0).decision()).isEqualTo(MatchDecision.CONFLICT);
        assertThat(proposals.get(0).reason()).contains("no longer exists");
    }

    @Test
    void itemsMatchBySku() {
        List<MatchProposal> proposals = PreviewMatching.items(List.of(cove("Chlorine 3in tabs", "CL-3", null)),
                List.of(new RemoteRecord("2", "Chlorine Tablets", "cl-3", true)));

        assertThat(proposals.get(0).decision()).isEqualTo(MatchDecision.LINK);
        assertThat(proposals.get(0).reason()).contains("the same SKU");
    }

    @Test
    void normalisationIgnoresCasePunctuationSpacingAndSuffixes() {
        assertThat(PreviewMatching.normalise("  O'Brien & Sons,  Inc. ")).isEqualTo(PreviewMatching.normalise("obrien and sons"));
        assertThat(PreviewMatching.normalise("Café Pools LLC")).isEqualTo("cafe pools");
        assertThat(PreviewMatching.normalise("Inc")).isEqualTo("inc");
        assertThat(PreviewMatching.normalise("Pool Co")).isNotEqualTo(PreviewMatching.normalise("Pool Corp Two"));
    }
}
