"""boto3 against KMS Lab on every key spec of issue 14 (used by WireCliAndBoto3Test).

Reads {"endpoint": ..., "message": b64, "peers": {spec: b64 DER}} on stdin, prints one JSON object:
{spec: {"publicKey": b64, "signature": b64, "valid": bool}} for the signing specs and
{spec: {"publicKey": b64, "sharedSecret": b64}} for the key agreement specs (key "KA:" + spec).
"""
import base64
import json
import sys

import boto3

SIGNING = {"ECC_NIST_EDWARDS25519": "ED25519_SHA_512", "ML_DSA_44": "ML_DSA_SHAKE_256",
           "ML_DSA_65": "ML_DSA_SHAKE_256", "ML_DSA_87": "ML_DSA_SHAKE_256", "SM2": "SM2DSA"}


def client(endpoint, spec):
    region = "cn-north-1" if spec == "SM2" else "us-east-1"
    return boto3.client("kms", endpoint_url=endpoint, region_name=region, aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
                        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")


def b64(data):
    return base64.b64encode(data).decode()


def main():
    req = json.load(sys.stdin)
    message = base64.b64decode(req["message"])
    out = {}
    for spec, algorithm in SIGNING.items():
        kms = client(req["endpoint"], spec)
        key = kms.create_key(KeySpec=spec, KeyUsage="SIGN_VERIFY")["KeyMetadata"]["KeyId"]
        public = kms.get_public_key(KeyId=key)["PublicKey"]
        sig = kms.sign(KeyId=key, Message=message, MessageType="RAW", SigningAlgorithm=algorithm)["Signature"]
        valid = kms.verify(KeyId=key, Message=message, Signature=sig, SigningAlgorithm=algorithm)["SignatureValid"]
        out[spec] = {"publicKey": b64(public), "signature": b64(sig), "valid": valid}
    for spec, peer in req["peers"].items():
        kms = client(req["endpoint"], spec)
        key = kms.create_key(KeySpec=spec, KeyUsage="KEY_AGREEMENT")["KeyMetadata"]["KeyId"]
        public = kms.get_public_key(KeyId=key)["PublicKey"]
        secret = kms.derive_shared_secret(KeyId=key, KeyAgreementAlgorithm="ECDH",
                                          PublicKey=base64.b64decode(peer))["SharedSecret"]
        out["KA:" + spec] = {"publicKey": b64(public), "sharedSecret": b64(secret)}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
