"""The consumer scenario (clients/scenario.md), step by step and in order, through the generated client.

Each test is one step and is named after it; pytest runs them in the order they are written. A step hands what
later steps need (the token, the datasets it created) to them through `scenario`; a step whose input an earlier step
did not produce fails and says which.
"""
import base64
import hashlib
import hmac
import json
import time
import uuid
import warnings
from typing import Any, Callable, Dict, List, Tuple

import pytest

from corpora_client import (
    ApiClient,
    ApiException,
    AssetTypeEnum,
    AuthApi,
    Configuration,
    DatasetConfig,
    DatasetCreateRequest,
    DatasetResponse,
    DatasetsApi,
    DatasetStatusEnum,
    DatasetUpdateRequest,
    DatasetUpdateRequestStatus,
    EncodersApi,
    HTTPError,
    HTTPValidationError,
    HybridSearchConfig,
    KeyframeSamplingMethodEnum,
    LoginRequest,
    ModalityEnum,
    VisualEncoderNameEnum,
)

MULTIMODAL_EMBEDDING_ID = uuid.UUID("2ef58577-557b-5edf-8ad8-8cf6254c0480")

# The generated DatasetCreateRequest fills in the spec's defaults (add_to_permit, store_original and store_preview
# true) and sends them. Set to None they are left out, so the requests are the scenario's bodies to the letter and the
# answers show the service's own defaults. (A DatasetConfig always sends context_studio_enabled, false unless set:
# None would send null, which is not the default.)
UNSENT_DEFAULTS: Dict[str, Any] = {"add_to_permit": None, "store_original": None, "store_preview": None}


class Scenario:
    """What the steps hand on: the access token and the datasets created, by name."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.token: str = ""
        self.datasets: Dict[str, DatasetResponse] = {}

    def dataset(self, key: str) -> DatasetResponse:
        if key not in self.datasets:
            pytest.fail(f"this step needs the dataset {self.prefix + key}, which an earlier step did not create")
        return self.datasets[key]


@pytest.fixture(scope="module")
def scenario(run_id: str) -> Scenario:
    return Scenario(prefix=f"scn_py_{run_id}_")


def api_client(settings, **credentials: Any) -> ApiClient:
    return ApiClient(Configuration(host=settings.url, **credentials))


@pytest.fixture
def datasets(settings, scenario: Scenario) -> DatasetsApi:
    if not scenario.token:
        pytest.fail("step 1 (log in) did not pass: there is no access token")
    return DatasetsApi(api_client(settings, access_token=scenario.token))


def etag(headers: Dict[str, str]) -> str:
    return {name.lower(): value for name, value in headers.items()}.get("etag", "")


def failure(status: int, call: Callable[..., Any], *args: Any, **kwargs: Any) -> ApiException:
    """Makes a call that must fail with this HTTP status; returns the generated client's exception."""
    with pytest.raises(ApiException) as caught:
        call(*args, **kwargs)
    assert caught.value.status == status, f"expected HTTP {status}, got {caught.value.status}: {caught.value.body}"
    return caught.value


def problems(error: HTTPValidationError) -> List[Tuple[List[Any], str]]:
    return [([step.actual_instance for step in problem.loc], problem.type) for problem in error.detail]


def minimal_request(name: str) -> DatasetCreateRequest:
    return DatasetCreateRequest(name=name, encoder_name=VisualEncoderNameEnum.MULTIMODAL, **UNSENT_DEFAULTS)


def create(datasets: DatasetsApi, name: str) -> DatasetResponse:
    return datasets.create_dataset(minimal_request(name))


def hs256_jwt(secret: str, claims: Dict[str, Any]) -> str:
    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")

    def json_part(value: Dict[str, Any]) -> str:
        return part(json.dumps(value, separators=(",", ":")).encode("utf-8"))

    signing_input = json_part({"alg": "HS256", "typ": "JWT"}) + "." + json_part(claims)
    signature = hmac.new(secret.encode("utf-8"), signing_input.encode("ascii"), hashlib.sha256).digest()
    return signing_input + "." + part(signature)


def test_step_01_log_in(settings, scenario: Scenario) -> None:
    auth = AuthApi(api_client(settings, username=settings.client_id, password=settings.client_secret))

    token = auth.login(LoginRequest(grant_type="client_credentials"))

    assert token.token_type == "Bearer"
    assert token.expires_in > 0
    assert token.access_token
    scenario.token = token.access_token


def test_step_02_create_minimal(datasets: DatasetsApi, scenario: Scenario) -> None:
    response = datasets.create_dataset_with_http_info(minimal_request(scenario.prefix + "minimal"))

    assert response.status_code == 200
    assert etag(response.headers) == '"1"'
    created = response.data
    assert created.name == scenario.prefix + "minimal"
    assert created.status == DatasetStatusEnum.ACTIVE
    assert created.allowed_asset_types == [AssetTypeEnum.IMAGE, AssetTypeEnum.VIDEO]
    assert created.keyframe_sampling_method == KeyframeSamplingMethodEnum.INTELLIGENT
    assert created.store_original is True
    assert created.store_preview is True
    assert created.dataset_config.encoder_name == {"image": "multimodal", "video": "multimodal"}
    assert created.encoders[0].name == "multimodal"
    scenario.datasets["minimal"] = created


def test_step_03_create_full(datasets: DatasetsApi, scenario: Scenario) -> None:
    created = datasets.create_dataset(DatasetCreateRequest(
        name=scenario.prefix + "full",
        encoder_name=VisualEncoderNameEnum.MULTIMODAL,
        description="Every field of a create, sent by the Python client",
        allowed_asset_types=[AssetTypeEnum.IMAGE],
        keyframe_sampling_method=KeyframeSamplingMethodEnum.UNIFORM,
        keyframe_uniform_fps_sampling_rate=0.5,
        store_original=False,
        store_preview=True,
        metadata_fields_to_index=["sku", "brand"],
        metadata_fields_to_embed=["title"],
        add_to_permit=True,
        dataset_config=DatasetConfig(
            embedding_id={"image": MULTIMODAL_EMBEDDING_ID},
            encoder_name={"image": "multimodal"},
            celebrity_detection_enabled=True,
            hybrid_search=HybridSearchConfig(weights={"image": 1.0}),
        ),
    ))

    assert created.name == scenario.prefix + "full"
    assert created.description == "Every field of a create, sent by the Python client"
    assert created.allowed_asset_types == [AssetTypeEnum.IMAGE]
    assert created.keyframe_sampling_method == KeyframeSamplingMethodEnum.UNIFORM
    assert created.keyframe_uniform_fps_sampling_rate == 0.5
    assert created.store_original is False
    assert created.store_preview is True
    assert created.metadata_fields_to_index == ["sku", "brand"]
    assert created.metadata_fields_to_embed == ["title"]
    assert created.dataset_config.embedding_id == {"image": MULTIMODAL_EMBEDDING_ID}
    assert created.dataset_config.encoder_name == {"image": "multimodal"}
    assert created.dataset_config.celebrity_detection_enabled is True
    assert created.dataset_config.hybrid_search == HybridSearchConfig(weights={"image": 1.0})
    scenario.datasets["full"] = created


def test_step_04_get(datasets: DatasetsApi, scenario: Scenario) -> None:
    full = scenario.dataset("full")

    fetched = datasets.get_dataset_by_id(full.id)

    assert fetched == full


def test_step_05_list_with_filters_and_paging(datasets: DatasetsApi, scenario: Scenario) -> None:
    p = scenario.prefix
    for n in (1, 2, 3):
        scenario.datasets[f"page_{n}"] = create(datasets, f"{p}page_{n}")

    first = datasets.get_datasets(name_pattern=p + "page_*", limit=2)
    assert [d.name for d in first.data] == [p + "page_1", p + "page_2"]
    assert first.meta.page.to_dict() == {"current_page": 1, "last_page": 2, "limit": 2, "offset": 0, "total": 3}

    second = datasets.get_datasets(name_pattern=p + "page_*", limit=2, skip=2)
    assert [d.name for d in second.data] == [p + "page_3"]
    assert second.meta.page.current_page == 2

    videos = datasets.get_datasets(name_pattern=p + "*", allowed_asset_types=[AssetTypeEnum.VIDEO])
    assert [d.name for d in videos.data] == [p + "minimal", p + "page_1", p + "page_2", p + "page_3"]
    assert p + "full" not in [d.name for d in videos.data]

    inactive = datasets.get_datasets(name_pattern=p + "*", status=[DatasetStatusEnum.INACTIVE])
    assert inactive.data == []


def test_step_06_patch_with_if_match(datasets: DatasetsApi, scenario: Scenario) -> None:
    minimal = scenario.dataset("minimal")
    patch = DatasetUpdateRequest(description="patched", status=DatasetUpdateRequestStatus.INACTIVE)

    response = datasets.update_dataset_by_id_with_http_info(minimal.id, patch, if_match='"1"')

    assert response.status_code == 200
    assert etag(response.headers) == '"2"'
    assert response.data.description == "patched"
    assert response.data.status == DatasetStatusEnum.INACTIVE
    failure(412, datasets.update_dataset_by_id, minimal.id, patch, if_match='"1"')


def test_step_07_delete(datasets: DatasetsApi, scenario: Scenario) -> None:
    minimal = scenario.dataset("minimal")

    deleting = datasets.delete_dataset_by_id(minimal.id)
    assert deleting.status == DatasetStatusEnum.DELETING

    deadline = time.monotonic() + 15
    current = datasets.get_dataset_by_id(minimal.id, include_deleted=True)
    while current.status != DatasetStatusEnum.DELETED and time.monotonic() < deadline:
        time.sleep(0.25)
        current = datasets.get_dataset_by_id(minimal.id, include_deleted=True)
    assert current.status == DatasetStatusEnum.DELETED, "the worker did not finish the deletion within 15 s"
    assert current.deleted_dt is not None
    failure(404, datasets.get_dataset_by_id, minimal.id)


def test_step_08_a_422_read_as_typed_data(datasets: DatasetsApi) -> None:
    # The generated model checks the name's pattern and the encoder's enum before sending, so it cannot build this
    # request; model_construct skips that check and the generated create_dataset still sends it (pydantic warns that
    # "audio" is no VisualEncoderNameEnum as it serializes it).
    invalid = DatasetCreateRequest.model_construct(name="bad-name", encoder_name="audio", **UNSENT_DEFAULTS)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Pydantic serializer warnings", category=UserWarning)
        error = failure(422, datasets.create_dataset, invalid)

    assert isinstance(error.data, HTTPValidationError), f"the 422 body is not an HTTPValidationError: {error.body}"
    assert problems(error.data) == [
        (["body", "name"], "string_pattern_mismatch"),
        (["body", "encoder_name"], "enum"),
    ]


def test_step_09_409_for_a_taken_name(datasets: DatasetsApi, scenario: Scenario) -> None:
    scenario.datasets["minimal2"] = create(datasets, scenario.prefix + "minimal2")

    error = failure(409, create, datasets, scenario.prefix + "MINIMAL2")

    assert isinstance(error.data, HTTPError), f"the 409 body is not an HTTPError: {error.body}"
    assert error.data.detail.strip()


def test_step_10_404_for_another_organizations_dataset(settings, datasets: DatasetsApi, scenario: Scenario) -> None:
    full = scenario.dataset("full")
    if not settings.jwt_secret:
        pytest.fail("CORPORA_JWT_SECRET is not set: step 10 signs a token of another organization with it")
    now = int(time.time())
    token = hs256_jwt(settings.jwt_secret, {
        "sub": "scenario-stranger",
        "org_id": scenario.prefix + "other_org",
        "roles": ["reader", "writer"],
        "iss": "corpora",
        "aud": "corpora",
        "iat": now,
        "exp": now + 600,
    })
    stranger = DatasetsApi(api_client(settings, access_token=token))
    unknown = uuid.uuid4()

    foreign = failure(404, stranger.get_dataset_by_id, full.id)
    missing = failure(404, stranger.get_dataset_by_id, unknown)

    # exactly as for an id that does not exist: the same answer but for the id it names
    assert foreign.data.detail == missing.data.detail.replace(str(unknown), str(full.id))


def test_step_11_encoders(settings, scenario: Scenario) -> None:
    if not scenario.token:
        pytest.fail("step 1 (log in) did not pass: there is no access token")
    encoders = EncodersApi(api_client(settings, access_token=scenario.token))

    listed = encoders.list_available_encoders()

    assert len(listed) == 9
    multimodal = [encoder for encoder in listed if encoder.name == "multimodal"]
    assert len(multimodal) == 1
    assert multimodal[0].modality == ModalityEnum.IMAGE
