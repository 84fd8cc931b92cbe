"""The HTTP API (`/api/v1/`): Django REST framework views over `eligibility.services`.

`views` has one class per operation, `serializers` the shapes of requests and answers,
`errors` the one error shape and its sentences, `urls` the routes.
"""
