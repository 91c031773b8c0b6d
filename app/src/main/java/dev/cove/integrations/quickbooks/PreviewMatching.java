package dev.cove.integrations.quickbooks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * The pre-sync preview: proposes for each Cove customer or item whether to link it to a QuickBooks
 * record, create it, or ask a person. Rules in order: the existing link; the exact name; the email
 * (customers) or SKU (items); the normalised name (case, accents, punctuation, spacing and company
 * suffixes such as Inc or LLC ignored). The first rule with candidates decides: one free active
 * candidate links; several, only an inactive one (QuickBooks would refuse the name with 6240), or
 * one already taken by another Cove record are conflicts. A QuickBooks record is linked at most once.
 */
public final class PreviewMatching {

    private static final Set<String> SUFFIXES = Set.of("inc", "llc", "ltd", "co", "corp", "corporation", "company",
            "pty", "plc", "incorporated", "limited");

    private record Rule(String label, BiPredicate<MatchCandidate, RemoteRecord> matches) {
    }

    private PreviewMatching() {
    }

    public static List<MatchProposal> customers(List<MatchCandidate> cove, List<RemoteRecord> quickBooks) {
        return propose("customer", "email", cove, quickBooks);
    }

    public static List<MatchProposal> items(List<MatchCandidate> cove, List<RemoteRecord> quickBooks) {
        return propose("item", "SKU", cove, quickBooks);
    }

    static List<MatchProposal> propose(String what, String keyLabel, List<MatchCandidate> cove,
            List<RemoteRecord> quickBooks) {
        Map<String, RemoteRecord> byId = quickBooks.stream()
            .collect(Collectors.toMap(RemoteRecord::id, r -> r, (a, b) -> a));
        Map<String, MatchCandidate> claimedBy = new HashMap<>();
        Map<MatchCandidate, MatchProposal> decided = new HashMap<>();
        for (MatchCandidate local : cove) {
            if (local.linkedRemoteId() == null) {
                continue;
            }
            RemoteRecord remote = byId.get(local.linkedRemoteId());
            decided.put(local, remote == null
                    ? new MatchProposal(local.coveId(), MatchDecision.CONFLICT, local.linkedRemoteId(),
                            "Linked QuickBooks " + what + " " + local.linkedRemoteId() + " no longer exists")
                    : new MatchProposal(local.coveId(), MatchDecision.LINK, remote.id(), "Already linked"));
            claimedBy.putIfAbsent(local.linkedRemoteId(), local);
        }
        List<Rule> rules = List.of(
                new Rule("the same name", (l, r) -> l.name() != null && r.name() != null
                        && l.name().trim().equals(r.name().trim())),
                new Rule("the same " + keyLabel, (l, r) -> l.secondaryKey() != null && r.secondaryKey() != null
                        && !l.secondaryKey().isBlank() && l.secondaryKey().trim().equalsIgnoreCase(r.secondaryKey().trim())),
                new Rule("a similar name", (l, r) -> !normalise(l.name()).isEmpty()
                        && normalise(l.name()).equals(normalise(r.name()))));
        List<MatchProposal> proposals = new ArrayList<>();
        for (MatchCandidate local : cove) {
            MatchProposal proposal = decided.get(local);
            if (proposal == null) {
                proposal = match(what, local, quickBooks, rules, claimedBy);
            }
            proposals.add(proposal);
        }
        return proposals;
    }

    private static MatchProposal match(String what, MatchCandidate local, List<RemoteRecord> quickBooks,
            List<Rule> rules, Map<String, MatchCandidate> claimedBy) {
        for (Rule rule : rules) {
            List<RemoteRecord> candidates = quickBooks.stream().filter(r -> rule.matches().test(local, r)).toList();
            if (candidates.isEmpty()) {
                continue;
            }
            List<RemoteRecord> free = candidates.stream().filter(r -> !claimedBy.containsKey(r.id())).toList();
            List<RemoteRecord> active = free.stream().filter(RemoteRecord::active).toList();
            if (active.size() == 1) {
                claimedBy.put(active.get(0).id(), local);
                return new MatchProposal(local.coveId(), MatchDecision.LINK, active.get(0).id(),
                        "QuickBooks " + what + " '" + active.get(0).name() + "' has " + rule.label());
            }
            if (active.size() > 1) {
                return new MatchProposal(local.coveId(), MatchDecision.CONFLICT, null, active.size() + " QuickBooks "
                        + what + "s have " + rule.label() + ": " + names(active) + "; choose one");
            }
            if (!free.isEmpty()) {
                return new MatchProposal(local.coveId(), MatchDecision.CONFLICT, free.get(0).id(), "QuickBooks "
                        + what + " '" + free.get(0).name() + "' has " + rule.label()
                        + " but is inactive; QuickBooks will not create another with that name (6240)."
                        + " Reactivate it in QuickBooks, link to it, or rename the Cove " + what);
            }
            return new MatchProposal(local.coveId(), MatchDecision.CONFLICT, candidates.get(0).id(), "QuickBooks "
                    + what + " '" + candidates.get(0).name() + "' has " + rule.label()
                    + " but is already matched to another Cove " + what);
        }
        return new MatchProposal(local.coveId(), MatchDecision.CREATE, null, "No QuickBooks " + what + " matches");
    }

    /** Lower case, no accents, no punctuation, single spaces, company suffixes and "the" dropped. */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("['\u2019.]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        List<String> words = new ArrayList<>(List.of(plain.split(" ")));
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        return String.join(" ", words).trim();
    }

    private static String names(List<RemoteRecord> records) {
        Set<String> seen = new HashSet<>();
        return records.stream().map(r -> "'" + r.name() + "' (" + r.id() + ")").filter(seen::add)
            .collect(Collectors.joining(", "));
    }
}
