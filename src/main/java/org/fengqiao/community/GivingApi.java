package org.fengqiao.community;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Wishes and donation drives for machine clients. */
@RestController
@RequestMapping("/api/v1/community")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','OFFICER','AUDITOR')")
class GivingApi {

    record WishJson(String title, String story, String name, String phone) {
    }

    record Posted(WishView wish, String lookupCode) {
    }

    record ClaimJson(UUID partnerId, String name, String phone, Long version) {
    }

    record ProofJson(String proof, Long version) {
    }

    record WishPage(List<WishView> items, long total, int page, int size) {
    }

    record ModerationJson(String decision, Long version) {
    }

    record DriveJson(String title, String purpose, String items) {
    }

    record DonationJson(UUID itemId, Integer quantity, String donorName, String donorPhone, String note) {
    }

    record DriveDetail(Drive drive, List<DonationView> donations, long total) {
    }

    private final WishWall wall;
    private final Wishes wishes;
    private final DonationRegister register;
    private final Drives drives;
    private final CommunityAccess access;
    private final CurrentActor current;

    GivingApi(WishWall wall, Wishes wishes, DonationRegister register, Drives drives, CommunityAccess access,
            CurrentActor current) {
        this.wall = wall;
        this.wishes = wishes;
        this.register = register;
        this.drives = drives;
        this.access = access;
        this.current = current;
    }

    @GetMapping("/{code}/wishes")
    WishPage wishes(@PathVariable String code, @RequestParam(required = false) String status,
            @RequestParam(required = false) String moderation, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        Wish.Status s = Texts.filter(Wish.Status.class, status, "status");
        Wish.Moderation m = Texts.filter(Wish.Moderation.class, moderation, "moderation");
        Wishes.Page p = wishes.of(c.code(), s, m, Paging.page(page), Paging.size(size));
        return new WishPage(p.items().stream().map(w -> WishView.of(w, actor)).toList(), p.total(), p.page(),
                p.size());
    }

    @PostMapping("/{code}/wishes")
    @ResponseStatus(HttpStatus.CREATED)
    Posted post(@PathVariable String code, @RequestBody WishJson w) {
        Actor actor = current.get();
        WishWall.Receipt r = wall.post(code, w.title(), w.story(), w.name(), w.phone(), actor);
        return new Posted(WishView.of(r.wish(), actor), r.lookupCode());
    }

    @GetMapping("/wishes/{id}")
    WishView wish(@PathVariable UUID id) {
        Actor actor = current.get();
        return WishView.of(wall.get(id, actor), actor);
    }

    @PostMapping("/wishes/{id}/claim")
    WishView claim(@PathVariable UUID id, @RequestBody ClaimJson c) {
        Actor actor = current.get();
        return WishView.of(wall.claim(id, c.partnerId(), c.name(), c.phone(), c.version(), actor), actor);
    }

    @PostMapping("/wishes/{id}/fulfil")
    WishView fulfil(@PathVariable UUID id, @RequestBody ProofJson p) {
        Actor actor = current.get();
        return WishView.of(wall.fulfil(id, p.proof(), null, p.version(), actor), actor);
    }

    /**
     * Fulfilment with a proof photo, as multipart: {@code proof} and {@code version} as fields, the image in part
     * {@code photo}, accepted only when its bytes are a JPEG, PNG or WebP of at most 5 MB (checked before anything is
     * stored); the same people may do it as with the JSON form.
     */
    @PostMapping(path = "/wishes/{id}/fulfil", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    WishView fulfilWithPhoto(@PathVariable UUID id, @RequestParam(required = false) String proof,
            @RequestParam(required = false) Long version, @RequestPart("photo") MultipartFile photo)
            throws IOException {
        Actor actor = current.get();
        ProofPhoto checked = ProofPhoto.check(photo.getOriginalFilename(), photo.getBytes());
        return WishView.of(wall.fulfil(id, proof, checked, version, actor), actor);
    }

    /** A wish's proof photo, for those who may read the wish. */
    @GetMapping("/wishes/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
        ProofPhoto p = wall.photo(id, photoId, current.get());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .header("X-Content-Type-Options", "nosniff").body(p.data());
    }

    /** Staff approve a resident's wish for the public wall or reject it: {"decision": "approve", "version": 0}. */
    @PostMapping("/wishes/{id}/moderation")
    WishView moderate(@PathVariable UUID id, @RequestBody ModerationJson m) {
        Actor actor = current.get();
        return WishView.of(wall.moderate(id, m.decision(), m.version(), actor), actor);
    }

    @GetMapping("/{code}/drives")
    List<Drive> drives(@PathVariable String code, @RequestParam(required = false) String status) {
        Community c = access.read(code, current.get());
        Drive.Status s = Texts.filter(Drive.Status.class, status, "status");
        return drives.of(c.code(), s);
    }

    @PostMapping("/{code}/drives")
    @ResponseStatus(HttpStatus.CREATED)
    Drive open(@PathVariable String code, @RequestBody DriveJson d) {
        return register.open(code, d.title(), d.purpose(), d.items(), current.get());
    }

    @GetMapping("/drives/{id}")
    DriveDetail drive(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Actor actor = current.get();
        Drive d = register.get(id, actor);
        Drives.DonationPage p = drives.donations(id, Paging.page(page), Paging.size(size));
        return new DriveDetail(d, p.items().stream().map(x -> DonationView.of(x, actor)).toList(), p.total());
    }

    @PostMapping("/drives/{id}/donations")
    @ResponseStatus(HttpStatus.CREATED)
    Drive donate(@PathVariable UUID id, @RequestBody DonationJson d) {
        return register.donate(id, d.itemId(), d.quantity(), d.donorName(), d.donorPhone(), d.note(), current.get());
    }

    @PostMapping("/drives/{id}/close")
    Drive close(@PathVariable UUID id) {
        return register.close(id, current.get());
    }
}
