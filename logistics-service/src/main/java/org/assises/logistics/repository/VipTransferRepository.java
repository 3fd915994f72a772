package org.assises.logistics.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.logistics.domain.VipTransfer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** VIP transfers with their car and escort. */
@ApplicationScoped
public class VipTransferRepository implements PanacheRepositoryBase<VipTransfer, VipTransfer.Key> {

    public List<VipTransfer> ofEdition(String edition) {
        return list("edition", edition);
    }
}
