from __future__ import annotations

from functools import partial

import pytest

from desktop_app.core.errors import Reason, ValidationError
from desktop_app.core.products import FibreShare, parse_fibre_arg, validate_product
from tests.helpers.factories import make_product

# spelt as people type: spaces, lower-case market, capitalised fibre
_product = partial(
    make_product, name=" 婴儿连体衣 ", markets=("cn",), composition=(FibreShare("Cotton", 100),)
)


def test_normalises_spelling():
    p = validate_product(_product(claims=(" Organic",)))
    assert p.name == "婴儿连体衣"
    assert p.markets == ("CN",)
    assert p.composition == (FibreShare("cotton", 100.0),)
    assert p.claims == ("organic",)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"category": "shoes"}, "category"),
        ({"age_group": "teen"}, "age_group"),
        ({"skin_contact": "some"}, "skin_contact"),
        ({"composition": (FibreShare("cotton", 90),)}, "fibre"),
        ({"composition": ()}, "fibre"),
        ({"sku": "has space"}, "sku"),
        ({"name": "  "}, "name"),
        ({"markets": ()}, "market"),
        ({"stage": "raw"}, "stage"),
    ],
)
def test_bad_values_name_the_field(changes, field):
    with pytest.raises(ValidationError) as err:
        validate_product(_product(**changes))
    assert err.value.field == field


def test_percent_sum_message_says_the_sum():
    with pytest.raises(ValidationError) as err:
        validate_product(_product(composition=(FibreShare("cotton", 95), FibreShare("elastane", 3))))
    assert err.value.code is Reason.PERCENT_SUM and err.value.params["total"] == "98"


def test_parse_fibre_arg():
    assert parse_fibre_arg("Cotton:95") == FibreShare("cotton", 95.0)
    with pytest.raises(ValidationError):
        parse_fibre_arg("cotton95")
    with pytest.raises(ValidationError):
        parse_fibre_arg("cotton:lots")


def test_errors_keep_code_and_parameters_through_copy_and_pickle():
    import copy
    import pickle

    from desktop_app.core.errors import NotFoundError

    for exc in (ValidationError("fibre", "x", Reason.PERCENT_SUM, total="98"), NotFoundError("product", "A")):
        for again in (copy.deepcopy(exc), pickle.loads(pickle.dumps(exc))):
            assert type(again) is type(exc) and again == exc and str(again) == str(exc)
