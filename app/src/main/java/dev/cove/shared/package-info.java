/**
 * The few true commons of Cove: company ids (tenancy), pages of results and the problem details
 * every API error is reported as. Keep it small.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.cove.shared;
