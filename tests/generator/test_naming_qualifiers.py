"""A resource's name between a verb and a word that qualifies it, and what
follows (issue 13): checked on the IR of a small spec shaped like the corpus
spec it was found in, and on :func:`drop_resource_words`."""

from __future__ import annotations

from gen_helpers import op, spec
from test_naming_rules import names

from clientsmith.generator.naming import acronym_singular, drop_resource_words


def test_the_name_after_a_qualifying_word_goes_and_the_word_stays() -> None:
    path_words = frozenset({"my", "favourite"})
    assert (
        drop_resource_words(
            "get_personalised_music_favourites", ["music"], path_words=path_words
        )
        == "get_personalised_favourites"
    )
    # an owner the path names: the owner's pets' photos, not the owner's photos
    assert (
        drop_resource_words(
            "get_owner_pets_photos",
            ["pets"],
            path_words=frozenset({"owner", "pet", "photo"}),
        )
        == "get_owner_pets_photos"
    )
    # a verb or a file format after the name: the name says what they are of
    for name in ("get_artist_albums_get", "get_date_list_json"):
        resource = ["albums"] if "albums" in name else ["lists"]
        assert drop_resource_words(name, resource, path_words=frozenset({"x"})) == name
    # ``id`` is no qualifier (Mailchimp's ``get_id_abuse_reports_id``)
    assert (
        drop_resource_words(
            "get_id_abuse_reports_id", ["abuse", "reports"], path_words=frozenset({"x"})
        )
        == "get_id_abuse_reports_id"
    )
    # without the path's words nothing is known of owners: the rule waits
    assert drop_resource_words("get_personalised_music_favourites", ["music"]) == (
        "get_personalised_music_favourites"
    )


def test_bbc_personalised_names_lose_their_tags_word() -> None:
    # BBC's Nitro/Sounds spec: tag ``Music`` over ``/my/music/...`` and ``/music/...``
    doc = spec(
        {
            "/my/music/favourites": {
                "get": op("getPersonalisedMusicFavourites", tags=["Music"]),
                "post": op("postPersonalisedMusicFavouritesBatch", tags=["Music"]),
            },
            "/my/music/favourites/{type}": {
                "get": op("getPersonalisedMusicFavouritesByType", tags=["Music"]),
            },
            "/music/popular/artists": {
                "get": op("getMusicPopularArtists", tags=["Music"]),
            },
            "/organizations/{organizationUuid}/import/status": {
                "get": op("getLatestImportStatus", tags=["Import"]),
            },
        }
    )
    assert names(doc) == {
        "GET /my/music/favourites": "music.get_personalised_favourites",
        "POST /my/music/favourites": "music.post_personalised_favourites_batch",
        "GET /my/music/favourites/{type}": (
            "music.get_personalised_favourites_by_type"
        ),
        "GET /music/popular/artists": "music.list_popular_artists",
        "GET /organizations/{organizationUuid}/import/status": (
            "import_.get_latest_status"  # was ``get_latest_import_status``
        ),
    }


def test_apis_is_the_plural_of_api() -> None:
    # ``apis`` ends like ``analysis``, but is an acronym's plural
    assert acronym_singular("APIs") == "API"
    assert acronym_singular("analysis") == ""
    # AWS API Gateway v2's ``CreateApi`` in ``apis``, SwaggerHub's ``deleteApi``
    doc = spec(
        {
            "/v2/apis": {"post": op("CreateApi", tags=["apis"])},
            "/v2/apis/{apiId}": {"delete": op("DeleteApi", tags=["apis"])},
            "/apis/{owner}/{api}/{version}/comments": {
                "get": op("getApiComments", tags=["apis"]),
            },
        }
    )
    assert names(doc) == {
        "POST /v2/apis": "apis.create",  # was ``create_api``
        "DELETE /v2/apis/{apiId}": "apis.delete",
        "GET /apis/{owner}/{api}/{version}/comments": "apis.get_comments",
    }
    # Kubernetes' API root ``/apis/`` has no items: its client's name stays
    root = spec({"/apis/": {"get": op("getAPIVersions", tags=["apis"])}})
    assert names(root) == {"GET /apis/": "apis.get_api_versions"}
