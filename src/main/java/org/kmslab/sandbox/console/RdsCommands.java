package org.kmslab.sandbox.console;

import java.util.List;
import java.util.Set;
import org.kmslab.sandbox.services.ServiceException;
import org.kmslab.sandbox.services.SimulatedRds;
import org.kmslab.sandbox.services.SimulatedRds.DbInstanceInfo;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code aws rds} for DB instances: create-db-instance, describe-db-instances, reboot-db-instance,
 * start-db-instance, stop-db-instance. Options the simulation does not need (VPC, backups, ...) are ignored, so
 * commands copied from AWS documentation still run; the master password is checked for length and never shown.
 */
final class RdsCommands implements CommandFamily {

    private static final CliArgs.Spec SPEC = CliArgs.Spec.of(Set.of("storage-encrypted", "publicly-accessible",
            "multi-az", "deletion-protection", "auto-minor-version-upgrade", "copy-tags-to-snapshot",
            "enable-iam-database-authentication", "manage-master-user-password", "force-failover",
            "skip-final-snapshot"), Set.of("vpc-security-group-ids", "tags"));

    @Override
    public ConsoleResult run(String line, List<String> words, ConsoleSession session) {
        CliArgs args;
        try {
            args = CliArgs.parse("aws rds", words, SPEC).maxPositionals(0);
        } catch (CliSyntaxException e) {
            return Output.syntax(line, e.getMessage());
        }
        String operation = switch (args.command()) {
            case "create-db-instance" -> "CreateDBInstance";
            case "describe-db-instances" -> "DescribeDBInstances";
            case "reboot-db-instance" -> "RebootDBInstance";
            case "start-db-instance" -> "StartDBInstance";
            case "stop-db-instance" -> "StopDBInstance";
            default -> null;
        };
        if (operation == null) {
            return Output.syntax(line, "aws rds: argument operation: Invalid choice: '" + args.command()
                    + "'. This console supports: create-db-instance, describe-db-instances, reboot-db-instance, "
                    + "start-db-instance, stop-db-instance.");
        }
        SimulatedRds rds = session.services().rds();
        try {
            return switch (args.command()) {
                case "create-db-instance" -> {
                    String password = args.value("master-user-password");
                    if (password != null && password.length() < 8) {
                        throw new ServiceException("InvalidParameterValue", "The parameter MasterUserPassword is not "
                                + "a valid password because it is shorter than 8 characters.");
                    }
                    DbInstanceInfo db = rds.createDbInstance(session.caller(args.profile()),
                            session.region(args.region()), new SimulatedRds.CreateRequest(
                                    args.required("db-instance-identifier"), args.required("engine"),
                                    args.required("db-instance-class"), args.requiredInt("allocated-storage"),
                                    args.value("master-username"), args.flag("storage-encrypted"),
                                    args.value("kms-key-id")));
                    yield wrapped(line, operation, db, args);
                }
                case "describe-db-instances" -> {
                    ObjectNode result = Output.object();
                    ArrayNode all = result.putArray("DBInstances");
                    rds.describeDbInstances(args.value("db-instance-identifier")).forEach(db -> all.add(instance(db)));
                    yield Output.json(line, operation, result, args);
                }
                case "reboot-db-instance" -> wrapped(line, operation,
                        rds.rebootDbInstance(args.required("db-instance-identifier")), args);
                case "start-db-instance" -> wrapped(line, operation,
                        rds.startDbInstance(args.required("db-instance-identifier")), args);
                default -> wrapped(line, operation, rds.stopDbInstance(args.required("db-instance-identifier")), args);
            };
        } catch (CliSyntaxException e) {
            return Output.syntax(line, e.getMessage());
        } catch (ServiceException e) {
            return Output.error(line, operation, e.code(), e.getMessage());
        }
    }

    private static ConsoleResult wrapped(String line, String operation, DbInstanceInfo db, CliArgs args) {
        ObjectNode result = Output.object();
        result.set("DBInstance", instance(db));
        return Output.json(line, operation, result, args);
    }

    /** A DB instance as the RDS API shows it (the members the lessons read). */
    static ObjectNode instance(DbInstanceInfo db) {
        ObjectNode o = Output.object();
        o.put("DBInstanceIdentifier", db.identifier());
        o.put("DBInstanceClass", db.instanceClass());
        o.put("Engine", db.engine());
        o.put("DBInstanceStatus", db.status());
        o.put("MasterUsername", db.masterUsername());
        o.put("AllocatedStorage", db.allocatedStorage());
        o.put("InstanceCreateTime", S3Commands.iso(db.created()).replace("+00:00", ".000Z"));
        o.put("AvailabilityZone", db.region() + "a");
        o.put("StorageEncrypted", db.storageEncrypted());
        if (db.kmsKeyArn() != null) {
            o.put("KmsKeyId", db.kmsKeyArn());
        }
        o.put("DbiResourceId", db.dbiResourceId());
        o.put("DBInstanceArn", db.dbInstanceArn());
        return o;
    }
}
