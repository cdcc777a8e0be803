"""Speaker names in both orders, and finding people and organisations by any spelling."""

import pytest

from speakers.choices import NameOrder
from speakers.models import OrganisationPage, SpeakerPage
from speakers.naming import organisation_key, person_key
from tests.factories import OrganisationPageFactory, SpeakerPageFactory


@pytest.mark.parametrize(
    ("order", "expected"),
    [(NameOrder.FAMILY_FIRST, "Liang Yonghui"), (NameOrder.GIVEN_FIRST, "Yonghui Liang")],
)
@pytest.mark.django_db  # building a page reads the default locale from the database
def test_display_name_follows_name_order(order, expected):
    speaker = SpeakerPage(given_name="Yonghui", family_name="Liang", name_order=order)

    assert speaker.display_name == expected


def test_person_key_is_the_same_in_either_order_case_and_hyphenation():
    keys = {person_key(name) for name in ["Liang Yonghui", "Yonghui Liang", "LIANG Yong-hui", " liang  yonghui "]}

    assert keys == {"liang yonghui"}


def test_person_key_differs_for_different_people():
    assert person_key("Wu Jing") != person_key("Wu Chao")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Shandong Zhaojin Gold & Silver Refinery Co., Ltd.",
            "Shandong Zhaojin Gold and Silver Refining Co., Ltd.",
        ),
        (
            "Zhengzhou Jinquan Mining & Metallurgy Equipment Co., Ltd.",
            "Zhengzhou Jinquan Mining and Metallurgical Equipment Co., Ltd.",
        ),
        ("Suzhou Xinghan New Materials Technology Co., Ltd.", "Suzhou Xinghan New Material Technology Co., Ltd."),
        ("IKOI S.p.A", "IKOI SpA"),
    ],
)
def test_organisation_key_matches_spelling_variants(first, second):
    assert organisation_key(first) == organisation_key(second)


def test_organisation_key_differs_for_different_companies():
    assert organisation_key("Hunan Shengyin New Materials Co., Ltd.") != organisation_key(
        "Hunan Zhengming Environmental Protection Co., Ltd."
    )


@pytest.mark.django_db
def test_saved_speaker_takes_title_from_names_and_is_found_by_any_spelling():
    speaker = SpeakerPageFactory(
        given_name="Yonghui", family_name="Liang", title="placeholder", other_names="梁永辉\nY. H. Liang"
    )

    found = [SpeakerPage.objects.spelled(name).get() for name in ["Yonghui Liang", "Liang Yonghui", "梁永辉"]]
    assert speaker.title == "Liang Yonghui"
    assert found == [speaker, speaker, speaker]


@pytest.mark.django_db
def test_saved_organisation_is_found_by_other_names_and_variants():
    organisation = OrganisationPageFactory(
        title="Fujian Zijin Precious Metals Co., Ltd.", other_names="Fujian Zijin Precious Metals Materials Co., Ltd."
    )

    found = [
        OrganisationPage.objects.spelled(name).get()
        for name in ["Fujian Zijin Precious Metal Co., Ltd.", "Fujian Zijin Precious Metals Materials Co., Ltd."]
    ]
    assert found == [organisation, organisation]
