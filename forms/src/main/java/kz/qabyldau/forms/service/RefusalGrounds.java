package kz.qabyldau.forms.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The refusal grounds of a service: the clerk's own refusal to accept documents (p.17 for permits) and the
 * provider's grounds (1–9 for permits, 1–3 for certificates), some of which the front office can foresee.
 */
public record RefusalGrounds(RefusalGround intake, List<RefusalGround> provider) {

    public RefusalGrounds {
        Objects.requireNonNull(intake, "intake refusal ground");
        provider = provider == null ? List.of() : List.copyOf(provider);
    }

    public Optional<RefusalGround> provider(String id) {
        return provider.stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
